/**
 * The REST API and GraphQL as a client reaches them, without a server: each request goes
 * through the same handlers the Next routes in `src/app/(payload)/api/` export (our checks in
 * `src/http/routes.ts` around Payload's `REST_*` and `GRAPHQL_POST`), after `src/proxy.ts` and
 * after the URL is taken apart the way Next's catch-all route does it (path segments decoded; a
 * segment that does not decode was Next's bare 500). Real HTTP against `next start`:
 * `tests/e2e/api.e2e.test.ts`.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import { malformedPathAnswer } from '../../src/http/path'
import { checkedGraphql, checkedRest } from '../../src/http/routes'

export interface Answer {
  status: number
  body: Record<string, unknown>
  text: string
  headers: Headers
}

export interface Caller {
  /** A REST call: `path` is everything after `/api`, query string included. */
  rest(
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options?: { body?: unknown; raw?: BodyInit; headers?: Record<string, string>; token?: string },
  ): Promise<Answer>
  /** A GraphQL operation through `/api/graphql`. */
  graphql(
    query: string,
    options?: {
      variables?: unknown
      token?: string
      raw?: string
      headers?: Record<string, string>
    },
  ): Promise<Answer>
  /** Signs in through REST and gives the token for `token:`. */
  login(email: string, password: string): Promise<string>
}

const base = 'http://localhost:3000'

async function answerOf(res: Response): Promise<Answer> {
  const text = await res.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, text, headers: res.headers }
}

/** Next's catch-all: the path after `/api/`, split and decoded; undefined when it cannot be. */
function slugOf(pathname: string): string[] | undefined {
  const rest = pathname.replace(/^\/api\/?/, '')
  try {
    return rest.split('/').filter(Boolean).map(decodeURIComponent)
  } catch {
    return undefined
  }
}

/** What Next answers when a route handler throws instead of returning a response. */
async function nextRoute(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler()
  } catch {
    return new Response('Internal Server Error', { status: 500 })
  }
}

export function caller(payload: Payload, language: 'da' | 'en' = 'da'): Caller {
  const config = Promise.resolve(payload.config)
  // As src/app/(payload)/api/[...slug]/route.ts and api/graphql/route.ts compose them.
  const handlers = {
    GET: checkedRest(config, REST_GET(config)),
    POST: checkedRest(config, REST_POST(config)),
    PATCH: checkedRest(config, REST_PATCH(config)),
    DELETE: checkedRest(config, REST_DELETE(config)),
  }
  const graphqlPost = checkedGraphql(config, GRAPHQL_POST(config))
  const headersFor = (token?: string, extra: Record<string, string> = {}) => {
    const headers = new Headers({ 'Accept-Language': language, ...extra })
    if (token) headers.set('Authorization', `JWT ${token}`)
    return headers
  }

  const self: Caller = {
    async rest(method, path, options = {}) {
      const url = new URL(`/api${path}`, base)
      const headers = headersFor(options.token, options.headers)
      let body: BodyInit | undefined = options.raw
      if (options.body !== undefined) {
        body = JSON.stringify(options.body)
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
      }
      const request = new Request(url, { method, headers, body })
      // src/proxy.ts runs first, then Next decodes the path for the catch-all route.
      const early = malformedPathAnswer(request)
      if (early) return answerOf(early)
      const slug = slugOf(url.pathname)
      if (!slug)
        return { status: 500, body: {}, text: 'Internal Server Error', headers: new Headers() }
      return answerOf(
        await nextRoute(() => handlers[method](request, { params: Promise.resolve({ slug }) })),
      )
    },
    async graphql(query, options = {}) {
      const headers = headersFor(options.token, {
        'Content-Type': 'application/json',
        ...options.headers,
      })
      const request = new Request(new URL('/api/graphql', base), {
        method: 'POST',
        headers,
        body: options.raw ?? JSON.stringify({ query, variables: options.variables }),
      })
      return answerOf(await nextRoute(() => graphqlPost(request)))
    },
    async login(email, password) {
      const res = await self.rest('POST', '/users/login', { body: { email, password } })
      const token = res.body.token
      if (typeof token !== 'string') throw new Error(`login failed: ${res.status} ${res.text}`)
      return token
    },
  }
  return self
}

/** The same calls over real HTTP, against a running CMS (`next start`). */
export function fetchCaller(base: string, language: 'da' | 'en' = 'da'): Caller {
  const headersFor = (token?: string, extra: Record<string, string> = {}) => {
    const headers = new Headers({ 'Accept-Language': language, ...extra })
    if (token) headers.set('Authorization', `JWT ${token}`)
    return headers
  }
  const self: Caller = {
    async rest(method, path, options = {}) {
      const headers = headersFor(options.token, options.headers)
      let body: BodyInit | undefined = options.raw
      if (options.body !== undefined) {
        body = JSON.stringify(options.body)
        if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
      }
      // Sent as written: fetch would otherwise normalise some of what the cases send on purpose.
      return answerOf(await fetch(`${base}/api${path}`, { method, headers, body }))
    },
    async graphql(query, options = {}) {
      const headers = headersFor(options.token, {
        'Content-Type': 'application/json',
        ...options.headers,
      })
      const body = options.raw ?? JSON.stringify({ query, variables: options.variables })
      return answerOf(await fetch(`${base}/api/graphql`, { method: 'POST', headers, body }))
    },
    async login(email, password) {
      const res = await self.rest('POST', '/users/login', { body: { email, password } })
      const token = res.body.token
      if (typeof token !== 'string') throw new Error(`login failed: ${res.status} ${res.text}`)
      return token
    },
  }
  return self
}
