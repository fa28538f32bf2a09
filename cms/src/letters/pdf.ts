import { launchChromium } from '@velkomst/shared/chromium'

import { cmsConfig } from '../config'

/**
 * The letter's HTML as an A4 PDF, printed by Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium): real text, tagged (headings, lists and the QR code's alternative text are
 * in the PDF's structure for screen readers), page size from the letter's own `@page` rule.
 */
export async function letterPdf(html: string): Promise<Buffer> {
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
