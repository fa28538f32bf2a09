/**
 * The CMS's production build (`next start`) on a throwaway database built the way production
 * builds it (the committed migrations), for tests that talk HTTP to the real server.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { freePort } from '@velkomst/testing/net'

import { cmsRoot } from '../../src/paths'

export interface RunningCms {
  /** `http://127.0.0.1:<port>` */
  base: string
  /** The environment the server runs with (database, media, secret). */
  env: NodeJS.ProcessEnv
  dir: string
  stop: () => Promise<void>
}

/**
 * Migrates a fresh SQLite database, lets `prepare` fill it through the Local API, then starts
 * `next start` on it and waits until it answers.
 */
export async function startCms(
  name: string,
  prepare: (payload: Payload) => Promise<void>,
  extraEnv: (base: string) => Record<string, string> = () => ({}),
): Promise<RunningCms> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `velkomst-${name}-`))
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: `velkomst-${name}-secret-not-for-production`,
    // A demo as far as production settings go: no SMTP server here, emails are printed.
    VELKOMST_DEMO: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv(base),
  }
  Object.assign(process.env, env)
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await payload.db.migrate()
  await prepare(payload)
  await payload.destroy()

  const server: ChildProcess = spawn(
    path.join(cmsRoot, '..', 'node_modules', '.bin', 'next'),
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: cmsRoot, env, detached: true, stdio: env.CMS_TEST_LOGS ? 'inherit' : 'ignore' },
  )
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${base}/admin/login`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    base,
    env,
    dir,
    stop: async () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
