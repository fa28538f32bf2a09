import { createLocalReq, type Endpoint, type Payload } from 'payload'

interface Call {
  /** The endpoint's path as configured, e.g. `/review/:collection/:id/publish`. */
  path: string
  method: 'get' | 'post'
  /** Collection endpoints live under the collection's slug. */
  collection?: string
  routeParams?: Record<string, string | number>
  body?: unknown
  /** A form post instead of JSON: sent as `application/x-www-form-urlencoded`. */
  form?: Record<string, string>
  headers?: Record<string, string>
  user?: unknown
  language?: 'da' | 'en'
  /** The query string, e.g. `locale=en`. */
  query?: string
}

/**
 * Calls a custom endpoint's handler in-process, with a request as Payload builds it for REST
 * (user, route parameters, JSON body, the admin language), and returns status and JSON.
 */
export async function callEndpoint(payload: Payload, call: Call & { raw: true }): Promise<Response>
export async function callEndpoint(
  payload: Payload,
  call: Call & { raw?: false },
): Promise<{ status: number; body: Record<string, unknown>; text: string }>
export async function callEndpoint(payload: Payload, call: Call & { raw?: boolean }) {
  const endpoints: Endpoint[] = (
    call.collection
      ? payload.collections[call.collection as 'users'].config.endpoints
      : payload.config.endpoints
  ) as Endpoint[]
  const endpoint = endpoints.find((e) => e.path === call.path && e.method === call.method)
  if (!endpoint) throw new Error(`no endpoint ${call.method} ${call.path}`)
  const i18n =
    call.language === 'en'
      ? { ...(await createLocalReq({}, payload)).i18n, language: 'en' }
      : undefined
  const req = await createLocalReq(
    {
      req: {
        routeParams: call.routeParams ?? {},
        searchParams: new URLSearchParams(call.query ?? ''),
        json: () => Promise.resolve(call.body ?? {}),
        text: () =>
          Promise.resolve(
            call.form ? new URLSearchParams(call.form).toString() : JSON.stringify(call.body ?? {}),
          ),
        headers: new Headers({
          'content-type': call.form ? 'application/x-www-form-urlencoded' : 'application/json',
          ...call.headers,
        }),
        ...(i18n ? { i18n } : {}),
      },
      user: call.user as never,
    },
    payload,
  )
  const res = await endpoint.handler(req)
  if (call.raw) return res
  const text = await res.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    /* not JSON: an HTML page */
  }
  return { status: res.status, body, text }
}
