/**
 * The Next routes in front of Payload's REST and GraphQL handlers. What Payload hands on
 * unchecked is checked here, before any handler runs, with a 4xx and a message in the caller's
 * language: control characters in the path, query parameters that are not numbers or languages,
 * bodies that are too large or nested too deep, broken JSON (which Payload's GraphQL handler
 * threw as a 500), collections without a REST API (Payload's 501). GraphQL answers a request
 * that failed as a whole with the 4xx its errors carry, not 200.
 */
import { match } from 'path-to-regexp'
import { getRequestLanguage, parseCookies, type Endpoint, type SanitizedConfig } from 'payload'
import {
  localeCodes,
  toLocale,
  translate,
  type DictionaryKey,
  type Params,
} from '@velkomst/shared/i18n'

import { MAX_IMAGE_BYTES } from '../collections/Media/hooks/checkImageFile'
import { isIdOfType } from '../input/fields'
import { hasControlCharacter } from './path'

type Config = SanitizedConfig | Promise<SanitizedConfig>
type RestHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>
type GraphqlHandler = (request: Request) => Promise<Response>

/** JSON bodies: a whole page of rich text fits many times over. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024
/** Uploads: the largest image plus room for the form around it. */
export const MAX_UPLOAD_BYTES = MAX_IMAGE_BYTES + 1024 * 1024
/** Deeper than any document's fields (groups, arrays, rich text) go. */
export const MAX_JSON_DEPTH = 64

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly key: DictionaryKey,
    readonly params?: Params,
  ) {
    super(key)
  }
}

async function languageOf(config: Config, request: Request) {
  return toLocale(
    getRequestLanguage({
      config: await config,
      cookies: parseCookies(request.headers),
      headers: request.headers,
    }),
  )
}

async function answer(config: Config, request: Request, refusal: Refusal): Promise<Response> {
  const message = translate(await languageOf(config, request), refusal.key, refusal.params)
  return Response.json(
    { errors: [{ message }] },
    { status: refusal.status, headers: { 'Cache-Control': 'no-store' } },
  )
}

/** Query parameters Payload reads, and what each may be. */
function checkQuery(url: URL, language: ReturnType<typeof toLocale>) {
  const expected = (key: DictionaryKey, params?: Params) => translate(language, key, params)
  const refuse = (name: string, value: string, why: string) => {
    throw new Refusal(400, 'cms.request.parameter', {
      name,
      value: value.slice(0, 40),
      expected: why,
    })
  }
  const numbers: Record<string, [number, number]> = {
    depth: [0, 10],
    limit: [0, 10_000],
    page: [1, 1_000_000],
  }
  for (const [name, value] of url.searchParams) {
    if (name in numbers) {
      const [min, max] = numbers[name]!
      if (!/^\d{1,7}$/.test(value) || Number(value) < min || Number(value) > max) {
        refuse(name, value, expected('cms.request.expected.wholeNumber', { min, max }))
      }
    }
    if (['draft', 'pagination', 'trash', 'flattenLocales'].includes(name)) {
      if (!['true', 'false'].includes(value)) {
        refuse(name, value, expected('cms.request.expected.trueOrFalse'))
      }
    }
    if (name === 'locale' && ![...localeCodes, 'all'].includes(value)) {
      refuse(
        name,
        value,
        expected('cms.request.expected.locale', { locales: [...localeCodes, 'all'].join(', ') }),
      )
    }
    if (name === 'fallback-locale' && ![...localeCodes, 'none', 'null', 'false'].includes(value)) {
      refuse(
        name,
        value,
        expected('cms.request.expected.locale', { locales: [...localeCodes, 'none'].join(', ') }),
      )
    }
  }
}

/** The body, read no further than the limit. */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('Content-Length') ?? '0')
  const mb = Math.round(limit / 1024 / 1024)
  if (declared > limit) throw new Refusal(413, 'cms.request.bodyTooLarge', { max: mb })
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      throw new Refusal(413, 'cms.request.bodyTooLarge', { max: mb })
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** How deep brackets nest in JSON text, strings skipped; stops counting past the limit. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92)
        i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      depth++
      if (depth > deepest) deepest = depth
      if (deepest > limit) return deepest
    } else if (c === 125 || c === 93) depth--
  }
  return deepest
}

function checkJson(text: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new Refusal(400, 'cms.request.bodyTooDeep', { max: MAX_JSON_DEPTH })
  }
  try {
    return text.trim() === '' ? undefined : JSON.parse(text)
  } catch {
    throw new Refusal(400, 'cms.request.bodyJson')
  }
}

const isJson = (request: Request) =>
  (request.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase() ===
  'application/json'

/** The request with its body read, checked, and given again to the handler. */
async function withCheckedBody(request: Request): Promise<Request> {
  if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return request
  const multipart = (request.headers.get('Content-Type') ?? '').includes('multipart/')
  const body = await readBody(request, multipart ? MAX_UPLOAD_BYTES : MAX_JSON_BYTES)
  if (isJson(request)) {
    const parsed = checkJson(new TextDecoder().decode(body))
    const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    if (parsed !== undefined && !isObject) throw new Refusal(400, 'cms.request.bodyDocument')
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body.byteLength ? (body as BodyInit) : undefined,
    signal: request.signal,
  })
}

/**
 * The endpoint Payload will pick for this path (the first that matches, as Payload matches),
 * and its `:id` if it has one: REST hands it to Payload through `parseFloat`, so `1abc`
 * duplicated document 1 and `abc` failed in the database. An id that cannot be one is a 400.
 */
function checkRouteId(config: SanitizedConfig, method: string, slug: string[]) {
  const [first, ...rest] = slug
  let endpoints: Endpoint[] | false = config.endpoints
  let path = slug
  const collection = config.collections.find((c) => c.slug === first)
  const global = first === 'globals' ? config.globals.find((g) => g.slug === rest[0]) : undefined
  if (collection) {
    endpoints = collection.endpoints
    path = rest
  } else if (global) {
    endpoints = global.endpoints
    path = rest.slice(1)
  }
  if (!endpoints) return
  const pathname = `/${path.map(encodeURIComponent).join('/')}`
  for (const endpoint of endpoints) {
    if (endpoint.method !== method.toLowerCase()) continue
    const found = match(endpoint.path, { decode: decodeURIComponent })(pathname)
    if (!found) continue
    const id = (found.params as Record<string, unknown>).id
    if (typeof id === 'string' && !isIdOfType(config.db.defaultIDType, id)) {
      throw new Refusal(400, 'cms.request.notAnId', { id: id.slice(0, 80) })
    }
    return
  }
}

/** What Next would answer for a handler that throws: a 500, but logged and in words. */
async function unexpected(config: Config, request: Request, error: unknown): Promise<Response> {
  console.error(error)
  return answer(config, request, new Refusal(500, 'cms.request.failed'))
}

/** A REST route (`/api/[...slug]`) with its request checked first. */
export function checkedRest(config: Config, handler: RestHandler): RestHandler {
  return async (request, args) => {
    try {
      const { slug = [] } = await args.params
      if (slug.some(hasControlCharacter)) {
        throw new Refusal(400, 'cms.request.path')
      }
      const resolved = await config
      const collection = resolved.collections.find((c) => c.slug === slug[0])
      if (collection && collection.endpoints === false) {
        throw new Refusal(404, 'cms.request.notFound')
      }
      checkRouteId(resolved, request.method, slug)
      checkQuery(new URL(request.url), await languageOf(config, request))
      const checked = await withCheckedBody(request)
      const response = await handler(checked, args)
      if (response.status === 404 && slug.length > 0) {
        const body = (await response
          .clone()
          .json()
          .catch(() => ({}))) as { message?: unknown }
        if (typeof body.message === 'string' && body.message.startsWith('Route not found')) {
          return answer(config, request, new Refusal(404, 'cms.request.notFound'))
        }
      }
      return response
    } catch (error) {
      if (error instanceof Refusal) return answer(config, request, error)
      return unexpected(config, request, error)
    }
  }
}

type GraphqlResult = {
  data?: Record<string, unknown> | null
  errors?: { extensions?: { statusCode?: number } }[]
}

/** The status a GraphQL answer that did nothing should carry: its errors' 4xx, else 400. */
function failedStatus(result: GraphqlResult): number | undefined {
  if (!result.errors?.length) return undefined
  const data = result.data
  const nothing = !data || Object.values(data).every((v) => v === null || v === undefined)
  if (!nothing) return undefined
  const codes = result.errors
    .map((e) => e.extensions?.statusCode)
    .filter((c): c is number => typeof c === 'number')
  if (codes.some((c) => c >= 500)) return 500
  return codes.find((c) => c >= 400 && c < 500) ?? 400
}

/** The GraphQL route (`/api/graphql`). */
export function checkedGraphql(config: Config, handler: GraphqlHandler): GraphqlHandler {
  return async (request) => {
    try {
      checkQuery(new URL(request.url), await languageOf(config, request))
      const checked = await withCheckedBody(request)
      if (isJson(checked)) {
        const body = checkJson(await checked.clone().text())
        const query = (body as { query?: unknown } | undefined)?.query
        if (typeof query !== 'string' || query.trim() === '') {
          throw new Refusal(400, 'cms.request.graphqlQuery')
        }
      }
      const response = await handler(checked)
      const result = (await response
        .clone()
        .json()
        .catch(() => ({}))) as GraphqlResult
      // A request GraphQL could not even run (it does not parse, or does not fit the schema):
      // graphql-js words it in English, so a line in the caller's language comes first.
      if (result.errors?.length && !('data' in result)) {
        const message = translate(await languageOf(config, request), 'cms.request.graphqlInvalid')
        const body = { errors: [{ message }, ...result.errors] }
        return Response.json(body, { status: 400, headers: response.headers })
      }
      const status = response.status === 200 ? failedStatus(result) : undefined
      if (!status) return response
      return new Response(JSON.stringify(result), { status, headers: response.headers })
    } catch (error) {
      if (error instanceof Refusal) return answer(config, request, error)
      return unexpected(config, request, error)
    }
  }
}
