import escapeHtml from 'escape-html'
import QRCode from 'qrcode'
import { translate, type DictionaryKey, type Params } from '@velkomst/shared/i18n'
import type { Inline, RichText } from '@velkomst/shared/schemas'

import { isSafeHref } from '../export/richText'
import { statusText, validity, type LetterView } from './model'

/**
 * The QR code to the quarter's page: vector (SVG), error correction level M (about 15 % of the
 * code may be damaged or covered), with the standard four-module quiet zone.
 */
export const qrSvg = (url: string) =>
  QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000', light: '#fff' },
  })

function inlines(children: Inline[]): string {
  return children
    .map((c) => {
      if (c.text === '\n') return '<br>'
      let html = escapeHtml(c.text)
      if (c.italic) html = `<em>${html}</em>`
      if (c.bold) html = `<strong>${html}</strong>`
      if (c.href && isSafeHref(c.href)) html = `<a href="${escapeHtml(c.href)}">${html}</a>`
      return html
    })
    .join('')
}

/** The greeting's blocks; headings start at h2 under the letter's h1. */
function blocks(text: RichText): string {
  return text
    .map((b) => {
      if (b.type === 'paragraph') return `<p>${inlines(b.children)}</p>`
      if (b.type === 'heading') return `<h${b.level}>${inlines(b.children)}</h${b.level}>`
      if (b.type === 'quote') return `<blockquote>${inlines(b.children)}</blockquote>`
      const tag = b.ordered ? 'ol' : 'ul'
      return `<${tag}>${b.items.map((item) => `<li>${inlines(item)}</li>`).join('')}</${tag}>`
    })
    .join('\n')
}

const style = `
@page { size: A4; margin: 18mm 20mm 16mm; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; }
body { margin: 0; }
header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #0b5d3b; padding-bottom: 3mm; margin-bottom: 5mm; }
.municipality { font-size: 15pt; font-weight: 700; color: #0b5d3b; }
.site { font-size: 10pt; }
h1 { font-size: 19pt; margin: 0 0 1mm; }
.to { margin: 0 0 5mm; color: #333; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 1mm; break-after: avoid; }
p, li { overflow-wrap: anywhere; }
.signature { margin-top: 4mm; }
.signature p { margin: 0; }
.offers { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 3mm; }
.offer { border: 1px solid #999; border-radius: 2mm; padding: 2mm 3mm; break-inside: avoid; font-size: 9pt; line-height: 1.35; }
.offer p { margin: 0.5mm 0; }
.offer dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3mm 2mm; margin: 1mm 0 0; }
.offer dt { font-weight: 700; }
.offer dd { margin: 0; }
.status { font-weight: 700; }
.qr { display: flex; gap: 5mm; align-items: center; margin-top: 5mm; break-inside: avoid; }
.qr svg { width: 28mm; height: 28mm; flex: none; }
.qr p { margin: 0; }
`

/**
 * The letter as one A4 HTML page, in one language: real text (it becomes the PDF's text), headings
 * in order, the QR code as vector graphics with a text alternative and the address written out.
 */
export async function letterHtml(view: LetterView): Promise<string> {
  const t = (key: DictionaryKey, params?: Params) => escapeHtml(translate(view.locale, key, params))
  const qr = (await qrSvg(view.url)).replace(
    '<svg ',
    `<svg role="img" aria-label="${t('letter.qrAlt', { url: view.url })}" `,
  )
  const offers = view.offers.length
    ? `<ul class="offers">${view.offers
        .map(
          (o) => `<li class="offer">
  <h3>${escapeHtml(o.title)}</h3>
  ${o.status !== 'available' ? `<p class="status">${escapeHtml(statusText(o, view.locale))}</p>` : ''}
  ${o.description ? `<p>${escapeHtml(o.description)}</p>` : ''}
  <dl>
    ${o.where ? `<dt>${t('site.offer.where')}</dt><dd>${escapeHtml(o.where)}</dd>` : ''}
    <dt>${t('site.offer.perHousehold')}</dt><dd>${o.perHousehold}</dd>
    <dt>${t('site.offer.valid')}</dt><dd>${escapeHtml(validity(o, view.locale))}</dd>
    <dt>${t('site.offer.howToRedeem')}</dt><dd>${escapeHtml(o.howToRedeem)}</dd>
  </dl>
</li>`,
        )
        .join('\n')}</ul>`
    : `<p>${t('letter.noOffers')}</p>`
  return `<!doctype html>
<html lang="${view.locale}">
<head>
<meta charset="utf-8">
<title>${t('letter.title', { municipality: view.municipality })} · ${escapeHtml(view.quarter)}</title>
<style>${style}</style>
</head>
<body>
<header>
  <span class="municipality">${escapeHtml(view.municipality)}</span>
  <span class="site">${escapeHtml(view.siteName)}</span>
</header>
<main>
  <h1>${t('letter.title', { municipality: view.municipality })}</h1>
  <p class="to">${t('letter.to', { municipality: view.municipality })}</p>
  ${blocks(view.greeting)}
  <div class="signature">
    <p>${escapeHtml(view.signatureName)}</p>
    <p>${escapeHtml(view.signatureTitle)}</p>
  </div>
  <h2>${t('letter.offersHeading')}</h2>
  <p>${t('letter.offersIntro')}</p>
  ${offers}
  <div class="qr">
    ${qr}
    <p>${t('letter.qr', { url: view.url })}</p>
  </div>
</main>
</body>
</html>`
}
