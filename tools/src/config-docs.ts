/**
 * `npm run config:docs`: writes `.env.example`, the README's configuration tables and
 * turbo.json's task environments from the one list of variables
 * (`shared/src/config/variables.ts`). `--check` only says whether they are current (the tools
 * package's test does the same).
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import * as prettier from 'prettier'
import { groups, variables, type VariableName, type VariableSpec } from '@velkomst/shared/config'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

const entries = Object.entries(variables) as [VariableName, VariableSpec][]
const documented = entries.filter(([, spec]) => !spec.internal)

/** Variables other programs define that our tasks must still see (telemetry off, CI). */
const thirdParty = [
  'CI',
  'ASTRO_TELEMETRY_DISABLED',
  'NEXT_TELEMETRY_DISABLED',
  'TURBO_TELEMETRY_DISABLED',
]

/** Wraps a description into `# ` comment lines of at most 100 characters. */
function comment(text: string): string {
  const lines: string[] = []
  let line = '#'
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 100) {
      lines.push(line)
      line = '#'
    }
    line += ` ${word}`
  }
  lines.push(line)
  return lines.join('\n')
}

/** The default as a person would write it in the environment, or '' when there is none. */
function defaultOf(spec: VariableSpec): string {
  const parsed = spec.schema.safeParse(undefined)
  if (!parsed.success || parsed.data === undefined) return ''
  const value: unknown = parsed.data
  if (value instanceof Date) return value.toISOString()
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value)
}

export function envExample(): string {
  const parts = [
    '# Velkomst configuration: every variable the product reads. Copy to cms/.env (or export in',
    '# the shell); the demo (`npm start`) needs none of them. Written by `npm run config:docs`',
    '# from shared/src/config/variables.ts; edit that list, not this file.',
  ]
  for (const group of groups) {
    const inGroup = documented.filter(([, spec]) => spec.group === group)
    if (!inGroup.length) continue
    parts.push('', `# --- ${group} ---`)
    for (const [name, spec] of inGroup) {
      const required = spec.production ? ' Required in production.' : ''
      parts.push(comment(`${spec.description}${required}`), `${name}=${spec.example ?? ''}`)
    }
  }
  return `${parts.join('\n')}\n`
}

const START = '<!-- config:start (written by `npm run config:docs`) -->'
const END = '<!-- config:end -->'

const cell = (text: string) => text.replace(/\|/g, '\\|')

export function readmeTables(): string {
  const parts = [START]
  for (const group of groups) {
    const inGroup = documented.filter(([, spec]) => spec.group === group)
    if (!inGroup.length) continue
    parts.push(
      '',
      `**${group}**`,
      '',
      '| Variable | Meaning | Default | Production |',
      '| --- | --- | --- | --- |',
    )
    for (const [name, spec] of inGroup) {
      const fallback = defaultOf(spec)
      parts.push(
        `| \`${name}\` | ${cell(spec.description)} | ${fallback ? `\`${cell(fallback)}\`` : ''} | ${spec.production ? 'required' : ''} |`,
      )
    }
  }
  parts.push('', END)
  return parts.join('\n')
}

/** The README with its configuration section replaced; throws when the markers are missing. */
export function readmeWithTables(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`)
  return readme.slice(0, start) + readmeTables() + readme.slice(end + END.length)
}

interface TurboJson {
  globalEnv?: string[]
  globalPassThroughEnv?: string[]
  tasks: Record<string, { env?: string[]; passThroughEnv?: string[] } & Record<string, unknown>>
}

/**
 * turbo.json with each cached task's `env` (a change there re-runs it) and every other variable
 * passed through to all tasks without touching their cache keys: a different DATABASE_URL must
 * not rebuild the CMS.
 */
export function turboWithEnv(turbo: TurboJson): TurboJson {
  const cachedTasks = new Set(entries.flatMap(([, spec]) => spec.tasks ?? []))
  const tasks = { ...turbo.tasks }
  for (const task of cachedTasks) {
    tasks[task] = {
      ...tasks[task],
      env: entries.filter(([, spec]) => spec.tasks?.includes(task)).map(([name]) => name),
    }
  }
  const hashed = new Set(entries.filter(([, spec]) => spec.tasks?.length).map(([name]) => name))
  // Nothing in globalEnv: a variable there changes every task's cache key.
  return {
    ...turbo,
    globalEnv: undefined,
    globalPassThroughEnv: [
      ...thirdParty,
      ...entries.map(([name]) => name).filter((name) => !hashed.has(name)),
    ],
    tasks,
  }
}

const files = {
  envExample: path.join(repoRoot, '.env.example'),
  readme: path.join(repoRoot, 'README.md'),
  turbo: path.join(repoRoot, 'turbo.json'),
}

/** Formatted as `npm run format` would (Prettier with the repository's settings). */
async function formatted(file: string, text: string): Promise<string> {
  const options = await prettier.resolveConfig(file)
  return prettier.format(text, { ...options, filepath: file })
}

/** What each file should hold now, beside what it holds. */
export async function expectedFiles(): Promise<
  { file: string; actual: string; expected: string }[]
> {
  const readme = fs.readFileSync(files.readme, 'utf8')
  const turboText = fs.readFileSync(files.turbo, 'utf8')
  const turbo = turboWithEnv(JSON.parse(turboText) as TurboJson)
  return [
    {
      file: files.envExample,
      actual: fs.existsSync(files.envExample) ? fs.readFileSync(files.envExample, 'utf8') : '',
      expected: envExample(),
    },
    {
      file: files.readme,
      actual: readme,
      expected: await formatted(files.readme, readmeWithTables(readme)),
    },
    {
      file: files.turbo,
      actual: turboText,
      expected: await formatted(files.turbo, JSON.stringify(turbo)),
    },
  ]
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stale = (await expectedFiles()).filter((f) => f.actual !== f.expected)
  if (process.argv.includes('--check')) {
    for (const f of stale) console.error(`${path.relative(repoRoot, f.file)} is out of date.`)
    if (stale.length) console.error('Run `npm run config:docs`.')
    process.exit(stale.length ? 1 : 0)
  }
  for (const f of stale) {
    fs.writeFileSync(f.file, f.expected)
    console.log(`Wrote ${path.relative(repoRoot, f.file)}`)
  }
}
