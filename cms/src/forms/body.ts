import type { PayloadRequest } from 'payload'

/** More than any of the forms needs (their texts are limited to a few thousand characters). */
export const MAX_BODY_BYTES = 64 * 1024

export type Posted = { entries: [string, string][] } | { tooLarge: true }

/** The body, read no further than the limit (a huge or endless body is cut off, not buffered). */
async function readLimited(req: PayloadRequest): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(req.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) return null
  const stream = (req as unknown as { body?: ReadableStream<Uint8Array> | null }).body
  if (!stream || typeof stream.getReader !== 'function') {
    const text = (await req.text?.().catch(() => '')) ?? ''
    const bytes = new TextEncoder().encode(text)
    return bytes.length > MAX_BODY_BYTES ? null : bytes
  }
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

/**
 * What a form posted, as name/value pairs: `application/x-www-form-urlencoded` (a plain form, or
 * a script sending URLSearchParams) or `multipart/form-data` (a script sending FormData). Files
 * are ignored; anything else reads as empty.
 */
export async function readPosted(req: PayloadRequest): Promise<Posted> {
  const bytes = await readLimited(req)
  if (!bytes) return { tooLarge: true }
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    try {
      const data = await new Response(bytes, { headers: { 'content-type': type } }).formData()
      return {
        entries: [...data.entries()].filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      }
    } catch {
      return { entries: [] }
    }
  }
  if (type.startsWith('application/x-www-form-urlencoded') || type === '') {
    return { entries: [...new URLSearchParams(new TextDecoder().decode(bytes))] }
  }
  return { entries: [] }
}
