import { launchChromium } from '@velkomst/shared/chromium'

import { cmsConfig } from '../config'
import { jobQueue } from './queue'

/**
 * Chromium takes a core and a few hundred megabytes for each PDF: two print at a time, the next
 * eight wait their turn for up to 45 seconds, anyone beyond that hears the printer is busy.
 */
export const printQueue = jobQueue({ concurrency: 2, maxWaiting: 8, timeoutMs: 45_000 })

/**
 * The letter's HTML as an A4 PDF, printed by Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium): real text, tagged (headings, lists and the QR code's alternative text are
 * in the PDF's structure for screen readers), page size from the letter's own `@page` rule.
 */
export function letterPdf(html: string): Promise<Buffer> {
  return printQueue.run(() => printPdf(html))
}

async function printPdf(html: string): Promise<Buffer> {
  const context = await launchChromium(cmsConfig().CHROMIUM_PATH, { offline: true })
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
  }
}
