import { toLocale, translate } from '@velkomst/shared/i18n'

/** The caller's language as Payload decides it: its language cookie, then Accept-Language. */
export function languageOfHeaders(headers: Headers) {
  const cookie = /(?:^|;\s*)payload-lng=([a-z-]+)/i.exec(headers.get('Cookie') ?? '')?.[1]
  const accepted = (headers.get('Accept-Language') ?? '').split(',')[0]?.split(';')[0]?.trim()
  return toLocale(cookie ?? accepted?.slice(0, 2))
}

/** Whether text holds a control character (NUL, line breaks, escape …). */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 32 || code === 127) return true
  }
  return false
}

/**
 * An API path that cannot be decoded (`%E0%A4%A`) or holds control characters: Next answered
 * the first with a bare 500 before any route ran. A 400 in the caller's language instead; undefined
 * for every path that is fine.
 */
export function malformedPathAnswer(request: Request): Response | undefined {
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? ''
  let bad = false
  for (const segment of raw.split('/')) {
    try {
      if (hasControlCharacter(decodeURIComponent(segment))) bad = true
    } catch {
      bad = true
    }
  }
  if (!bad) return undefined
  const message = translate(languageOfHeaders(request.headers), 'cms.request.path')
  return Response.json(
    { errors: [{ message }] },
    { status: 400, headers: { 'Cache-Control': 'no-store' } },
  )
}
