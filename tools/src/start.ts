/**
 * `npm start`: the whole demo on one machine, on the embedded database.
 *
 * 1. prepares the database: applies the committed migrations and, when it is empty, loads the
 *    Albertslund demo content;
 * 2. builds the CMS for production once (Turborepo caches the build between runs);
 * 3. starts the CMS;
 * 4. builds the residents' site from the running CMS's published content, serves it, and
 *    rebuilds it when content is published (the CMS calls SITE_REBUILD_URL);
 * then prints both addresses and the demo logins.
 *
 * Ctrl-C stops everything it started. Configure with CMS_PORT, SITE_PORT, HOST (the CMS listens
 * on 127.0.0.1 unless told otherwise), DATABASE_URL, PAYLOAD_SECRET.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import { fileURLToPath } from 'node:url'

import { ConfigError, readConfig } from '@velkomst/shared/config'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cmsDir = path.join(root, 'cms')
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Velkomst needs Node.js 22.12 or newer; this is ${process.versions.node}. See .nvmrc.`,
  )
  process.exit(1)
}

const config = (() => {
  try {
    return readConfig('start')
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error)
    process.exit(1)
  }
})()

/** A secret that survives restarts, kept beside the embedded database and never committed. */
function demoSecret(): string {
  if (config.PAYLOAD_SECRET) return config.PAYLOAD_SECRET
  const file = path.join(cmsDir, 'data', '.payload-secret')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (!fs.existsSync(file))
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

const port = config.CMS_PORT
const sitePort = config.SITE_PORT
const host = config.HOST
/** Where this machine reaches the CMS: its own address, or loopback when it listens on all. */
const cmsHere = `http://${['0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host}:${port}`

// The CMS tells the site's builder about published changes through this address and token.
const rebuildToken = crypto.randomBytes(24).toString('hex')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  SITE_REBUILD_URL: config.SITE_REBUILD_URL ?? `http://127.0.0.1:${sitePort}/__rebuild`,
  SITE_REBUILD_TOKEN: config.SITE_REBUILD_TOKEN ?? rebuildToken,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  // A demo unless told otherwise: the demo logins work and emails may be printed.
  VELKOMST_DEMO: String(config.VELKOMST_DEMO ?? true),
  PAYLOAD_SECRET: demoSecret(),
  // The site's address: the welcome letter's QR code points at it.
  SITE_URL: config.SITE_URL ?? `http://localhost:${sitePort}`,
  // Links in emails (invitations, password resets) point here.
  CMS_PUBLIC_URL: config.CMS_PUBLIC_URL ?? `http://localhost:${port}`,
}

const children = new Set<ChildProcess>()
function run(command: string, args: string[], options: SpawnOptions = {}): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env,
      stdio: 'inherit',
      detached: true,
      ...options,
    })
    children.add(child)
    child.on('exit', (code, signal) => {
      children.delete(child)
      if (code === 0) resolve(child)
      else
        reject(
          new Error(
            `${path.basename(command)} ${args.join(' ')} stopped (${signal ?? `exit ${code}`})`,
          ),
        )
    })
  })
}

let stopping = false
function stop(code = 0) {
  if (stopping) return
  stopping = true
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }
  setTimeout(() => process.exit(code), 1500).unref()
}
process.on('SIGINT', () => {
  console.log('\nStopping Velkomst …')
  stop(0)
})
process.on('SIGTERM', () => stop(0))

async function waitFor(url: string, seconds: number) {
  const until = Date.now() + seconds * 1000
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { redirect: 'manual' })
      if (res.status < 500) return
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`${url} did not answer within ${seconds} s`)
}

/** Waits for the site server's first build and returns how it went (from its `/__builds`). */
async function firstSiteBuild(
  site: string,
  seconds: number,
): Promise<{ ok: boolean; error?: string }> {
  const until = Date.now() + seconds * 1000
  const headers = { Authorization: `Bearer ${env.SITE_REBUILD_TOKEN ?? ''}` }
  while (Date.now() < until) {
    try {
      const res = await fetch(`${site}/__builds`, { headers })
      if (res.ok) {
        const { builds } = (await res.json()) as { builds: { ok: boolean; error?: string }[] }
        const first = builds.at(-1)
        if (first) return first
      }
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The site was not built within ${Math.round(seconds / 60)} minutes.`)
}

try {
  console.log('1/4 Preparing the database')
  await run(bin('tsx'), ['seed/src/cli.ts', '--if-empty'])

  console.log('2/4 Building the CMS (cached after the first run)')
  await run(bin('turbo'), ['run', 'build', '--filter=@velkomst/cms', '--output-logs=errors-only'])

  console.log('3/4 Starting the CMS')
  // Only this machine reaches the CMS unless HOST says otherwise: the demo logins are public.
  const server = spawn(bin('next'), ['start', '--port', String(port), '--hostname', host], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  children.add(server)
  // The CMS's own log stays quiet unless asked for; emails it writes instead of sending
  // (no SMTP_HOST: invitations, password resets) are always shown, links included.
  let inEmail = false
  readline.createInterface({ input: server.stdout }).on('line', (line) => {
    if (line.includes('--- Email (not sent')) inEmail = true
    if (inEmail || config.VELKOMST_VERBOSE) console.log(line)
    if (line.includes('--- end of email ---')) inEmail = false
  })
  server.on('exit', (code) => {
    children.delete(server)
    if (!stopping) {
      console.error(`The CMS stopped unexpectedly (exit ${code}).`)
      stop(1)
    }
  })
  await waitFor(`${cmsHere}/admin/login`, 120)

  console.log('4/4 Building and serving the site from the published content')
  const siteEnv = {
    ...env,
    CMS_URL: cmsHere,
    ASTRO_TELEMETRY_DISABLED: '1',
  }
  // The site server builds the site itself, then rebuilds it whenever the CMS reports a
  // published change (one build at a time, swapped in only when it succeeded).
  const site = spawn(bin('tsx'), ['server/serve.ts'], {
    cwd: path.join(root, 'site'),
    env: { ...siteEnv, SITE_PORT: String(sitePort), SITE_LIVE: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  children.add(site)
  site.on('exit', (code) => {
    children.delete(site)
    if (!stopping) {
      console.error(`The site server stopped unexpectedly (exit ${code}).`)
      stop(1)
    }
  })
  const first = await firstSiteBuild(`http://127.0.0.1:${sitePort}`, 60 * 60)
  if (!first.ok) {
    // The CMS stays up so the content can be put right; the site says it is being built.
    console.error(
      `The site could not be built:\n${first.error ?? ''}\n` +
        'The CMS is running: correct the content in the admin and publish it, or press ' +
        '"Rebuild the website now" on the dashboard.',
    )
  }
  console.log(`
Velkomst is running.
  Site:         http://localhost:${sitePort}/  (English: http://localhost:${sitePort}/en/)
  Admin (CMS):  ${env.CMS_PUBLIC_URL}/admin
  REST API:     ${env.CMS_PUBLIC_URL}/api
  GraphQL:      ${env.CMS_PUBLIC_URL}/api/graphql
Press Ctrl-C to stop.`)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  stop(1)
}
