/**
 * In production the CMS refuses to start without the settings production requires, naming each
 * one; with them it starts with csrf and serverURL from CMS_PUBLIC_URL and Secure cookies. Run as
 * a server runs: a fresh process loading the config and booting Payload on a new database.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { cmsRoot } from '../../src/paths'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'velkomst-production-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** What the booted CMS printed about itself (boot.ts), csrf origins without repeats. */
function summary(output: string) {
  const line = output.split('\n').find((l) => l.startsWith('{"csrf"'))
  if (!line) throw new Error(`the CMS did not start:\n${output.slice(-2000)}`)
  const parsed = JSON.parse(line) as { csrf: string[]; serverURL: string; cookies: unknown }
  return { ...parsed, csrf: [...new Set(parsed.csrf)] }
}

function boot(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        ![
          'PAYLOAD_SECRET',
          'CMS_PUBLIC_URL',
          'SMTP_HOST',
          'VELKOMST_DEMO',
          'VELKOMST_DB_PUSH',
          'VITEST',
        ].includes(k),
    ),
  )
  const run = spawnSync(
    path.join(cmsRoot, '..', 'node_modules', '.bin', 'tsx'),
    ['tests/helpers/boot.ts'],
    {
      cwd: cmsRoot,
      env: {
        ...clean,
        NODE_ENV: 'production',
        DATABASE_URL: `file:${path.join(dir, `${Date.now()}.db`)}`,
        MEDIA_DIR: path.join(dir, 'media'),
        ...env,
      },
      encoding: 'utf8',
      timeout: 120_000,
    },
  )
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` }
}

const complete = {
  PAYLOAD_SECRET: 'a-production-secret-of-enough-length',
  CMS_PUBLIC_URL: 'https://cms.albertslund.example',
  SMTP_HOST: 'smtp.albertslund.example',
}

describe('the CMS in production', () => {
  it('refuses to start without each required setting, naming every one missing', () => {
    for (const missing of Object.keys(complete)) {
      const env = Object.fromEntries(Object.entries(complete).filter(([k]) => k !== missing))
      const run = boot(env)
      expect(run.status, missing).not.toBe(0)
      expect(run.output).toContain(`${missing} is required in production`)
      for (const present of Object.keys(env)) {
        expect(run.output).not.toContain(`${present} is required`)
      }
    }
    const none = boot({})
    for (const name of Object.keys(complete)) expect(none.output).toContain(name)
  }, 240_000)

  it('refuses a public address that is not https', () => {
    const run = boot({ ...complete, CMS_PUBLIC_URL: 'http://cms.albertslund.example' })
    expect(run.status).not.toBe(0)
    expect(run.output).toMatch(/CMS_PUBLIC_URL=.*must start with https:\/\//)
  }, 120_000)

  it('starts with them: signed-in requests only from its own address, Secure cookies', () => {
    const run = boot(complete)
    expect(summary(run.output)).toEqual({
      csrf: ['https://cms.albertslund.example'],
      serverURL: 'https://cms.albertslund.example',
      cookies: expect.objectContaining({ secure: true, sameSite: 'Lax' }),
    })
  }, 120_000)

  it('runs a demo on http without those settings (what npm start does)', () => {
    const run = boot({
      VELKOMST_DEMO: 'true',
      PAYLOAD_SECRET: 'a-demo-secret-of-enough-length',
      CMS_PUBLIC_URL: 'http://localhost:3000',
    })
    const { csrf, cookies } = summary(run.output)
    expect(csrf).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
    expect(cookies).toMatchObject({ secure: false })
  }, 120_000)
})
