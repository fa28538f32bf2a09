import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'
import { variables } from '@velkomst/shared/config'

import { expectedFiles, repoRoot } from '../src/config-docs'

describe('configuration docs', () => {
  it('are written from the list of variables: .env.example, README, turbo.json', async () => {
    for (const { file, actual, expected } of await expectedFiles()) {
      expect(actual, `${path.relative(repoRoot, file)} (run npm run config:docs)`).toBe(expected)
    }
  })

  it('document every variable people set, in both files', () => {
    const example = fs.readFileSync(path.join(repoRoot, '.env.example'), 'utf8')
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8')
    for (const [name, spec] of Object.entries(variables)) {
      if ('internal' in spec && spec.internal) continue
      expect(example, name).toMatch(new RegExp(`^${name}=`, 'm'))
      expect(readme, name).toMatch(new RegExp(`\\| \`${name}\` +\\|`))
    }
  })

  it("give the site build's variables to its Turborepo task, and nothing to the CMS build", () => {
    const turbo = JSON.parse(fs.readFileSync(path.join(repoRoot, 'turbo.json'), 'utf8')) as {
      globalEnv?: string[]
      globalPassThroughEnv: string[]
      tasks: Record<string, { env?: string[] }>
    }
    expect(turbo.tasks['@velkomst/site#build']?.env).toEqual(
      expect.arrayContaining(['MAP_TILE_URL', 'MAP_TILE_ATTRIBUTION', 'SITE_URL', 'CMS_URL']),
    )
    expect(turbo.tasks.build?.env ?? []).toEqual([])
    expect(turbo.globalEnv ?? []).toEqual([])
    expect(turbo.globalPassThroughEnv).toEqual(
      expect.arrayContaining(['DATABASE_URL', 'CHROMIUM_PATH', 'MONGODB_TEST_URL']),
    )
  })
})
