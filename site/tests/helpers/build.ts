import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import type { Snapshot } from '@velkomst/shared/schemas'

import { compileSite } from '../../src/build/compile'
import { siteConfig } from '../../src/config'
import type { CompiledSite } from '../../src/integrations/velkomst'
import { FIXTURE_NOW, writeFixture } from './fixture'

const run = promisify(execFile)
export const siteDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Compiles the site in this process (Astro's bundle into `root/compiled`) for tests that render
 * it with the site engine themselves; `use` runs while the bundle exists (see compileSite).
 */
export function compileFixtureSite<T>(
  root: string,
  use: (compiled: CompiledSite) => Promise<T>,
): Promise<T> {
  const config = siteConfig({
    ...process.env,
    SITE_OUT_DIR: path.join(root, 'compiled'),
    SITE_URL: 'https://velkommen.example.dk',
    CMS_URL: '',
  })
  return compileSite(config, use)
}

export interface BuiltSite {
  out: string
  contentDir: string
  log: string
}

/**
 * Builds the site from a fixture snapshot into a temporary folder with `astro build`, the same
 * command production uses, at a fixed build date.
 */
export async function buildFixtureSite(
  snapshot?: Snapshot,
  buildDate = FIXTURE_NOW,
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'velkomst-site-'))
  const contentDir = path.join(root, 'content')
  const out = path.join(root, 'dist')
  await writeFixture(contentDir, snapshot)
  const astro = path.join(siteDir, 'node_modules', '.bin', 'astro')
  const bin = (await import('node:fs')).existsSync(astro)
    ? astro
    : path.join(siteDir, '..', 'node_modules', '.bin', 'astro')
  const { stdout, stderr } = await run(bin, ['build'], {
    cwd: siteDir,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      SITE_OUT_DIR: out,
      BUILD_DATE: buildDate,
      SITE_URL: 'https://velkommen.example.dk',
      CMS_URL: '',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  })
  return { out, contentDir, log: stdout + stderr }
}
