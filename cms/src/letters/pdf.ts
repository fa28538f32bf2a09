import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/** Chromium's flags for rendering without a display, sandbox or network chatter. */
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * The letter's HTML as an A4 PDF, printed by Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium): real text, tagged (headings, lists and the QR code's alternative text are
 * in the PDF's structure for screen readers), page size from the letter's own `@page` rule.
 */
export async function letterPdf(html: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core')
  const profile = await mkdtemp(path.join(os.tmpdir(), 'velkomst-pdf-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: flags,
    offline: true,
  })
  try {
    const page = await context.newPage()
    await page.setContent(html, { waitUntil: 'load' })
    return await page.pdf({
      format: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
    })
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
}
