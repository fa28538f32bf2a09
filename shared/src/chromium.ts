import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { BrowserContext, chromium } from 'playwright-core'

/** Chromium's flags for running without a display, sandbox or network chatter of its own. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

type LaunchOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>

/**
 * Debian's Chromium (or `executablePath`) in a fresh profile of its own, removed again when the
 * context closes: nothing is shared between runs, no cookies, no cache.
 */
export async function launchChromium(
  executablePath: string,
  options: LaunchOptions = {},
): Promise<BrowserContext> {
  const { chromium } = await import('playwright-core')
  const profile = await mkdtemp(path.join(os.tmpdir(), 'velkomst-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    ...options,
    args: [...chromiumArgs, ...(options.args ?? [])],
  })
  // Chromium may still be writing its profile as it exits: retry, and never fail the caller.
  context.on('close', () => {
    rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => {})
  })
  return context
}
