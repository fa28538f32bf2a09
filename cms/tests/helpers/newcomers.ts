import { createLocalReq, type Endpoint, type Payload } from 'payload'

/** An ambassador's sign-in account and record, and the rest of the newcomers' world. */
export interface Newcomers {
  ambassadorUser: { id: number; collection: 'users'; role: 'ambassador'; email: string }
  otherAmbassadorUser: { id: number; collection: 'users'; role: 'ambassador'; email: string }
  /** Linked to ambassadorUser; public, active. */
  own: { id: number }
  /** Linked to otherAmbassadorUser; public, active. */
  other: { id: number }
  /** Not shown on the site. */
  hidden: { id: number }
  /** Public, but the period ended yesterday. */
  ended: { id: number }
  ownRequest: { id: number }
  otherRequest: { id: number }
  unassignedRequest: { id: number }
  publicAnswer: { id: number }
  ownAnswer: { id: number }
  otherAnswer: { id: number }
  attempt: { id: number }
}

const day = (offset: number) => new Date(Date.now() + offset * 24 * 3600 * 1000).toISOString()

export async function buildNewcomers(payload: Payload): Promise<Newcomers> {
  // The first account always becomes admin: make sure it is not one of these.
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: 'first.admin@test.dk', password: 'admin-password-1', role: 'admin' },
    })
  }
  const account = async (email: string) => {
    const u = await payload.create({
      collection: 'users',
      data: { email, password: 'ambassador-password-1', role: 'ambassador' },
    })
    return { ...u, id: u.id, collection: 'users' as const, role: 'ambassador' as const, email }
  }
  const ambassadorUser = await account('ambassador@test.dk')
  const otherAmbassadorUser = await account('other.ambassador@test.dk')
  const ambassador = (name: string, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'ambassadors',
      data: {
        name,
        showPublicly: true,
        languages: ['da', 'ar'],
        periodFrom: day(-30),
        email: `${name.toLowerCase()}@privat.dk`,
        phone: '12345678',
        ...data,
      },
    })
  const own = await ambassador('Amina', { account: ambassadorUser.id })
  const other = await ambassador('Bo', { account: otherAmbassadorUser.id })
  const hidden = await ambassador('Carla', { showPublicly: false })
  // Two days ago: before Copenhagen's today even on the 25-hour day in October.
  const ended = await ambassador('Dan', { periodTo: day(-2) })
  const request = (name: string, assignedTo?: number) =>
    payload.create({
      collection: 'visit-requests',
      data: {
        name,
        email: `${name.toLowerCase()}@newcomer.dk`,
        language: 'en',
        consent: true,
        status: 'new',
        ...(assignedTo ? { assignedTo } : {}),
      },
      context: { seed: true },
    })
  const ownRequest = await request('Olga', own.id)
  const otherRequest = await request('Pablo', other.id)
  const unassignedRequest = await request('Quinn')
  const answer = (data: Record<string, unknown>) =>
    payload.create({ collection: 'survey-answers', data: { expectations: 'met', ...data } })
  const publicAnswer = await answer({ contact: true, email: 'anon@newcomer.dk' })
  const ownAnswer = await answer({
    inPerson: true,
    collectedBy: ambassadorUser.id,
    contact: true,
    email: 'met@newcomer.dk',
  })
  const otherAnswer = await answer({ inPerson: true, collectedBy: otherAmbassadorUser.id })
  const attempt = await payload.create({
    collection: 'form-attempts',
    data: { form: 'survey', key: 'all' },
  })
  return {
    ambassadorUser,
    otherAmbassadorUser,
    own,
    other,
    hidden,
    ended,
    ownRequest,
    otherRequest,
    unassignedRequest,
    publicAnswer,
    ownAnswer,
    otherAnswer,
    attempt,
  }
}

interface Post {
  form: string
  fields: [string, string][] | Record<string, string | string[]>
  json?: boolean
  /** The X-Forwarded-For header (the sender's address as the CMS sees it). */
  from?: string
  headers?: Record<string, string>
}

/** Name/value pairs as a form posts them (a group of checkboxes repeats its name). */
export function entriesOf(fields: Post['fields']): [string, string][] {
  if (Array.isArray(fields)) return fields
  return Object.entries(fields).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  )
}

/**
 * Posts to a public form's endpoint in-process, as a browser would: a urlencoded body, the
 * sender's address in X-Forwarded-For, and `Accept: application/json` when a script sends it.
 */
export async function postForm(payload: Payload, endpoints: Endpoint[], post: Post) {
  const endpoint = endpoints.find((e) => e.path === '/forms/:form' && e.method === 'post')
  if (!endpoint) throw new Error('no form endpoint')
  const body = new URLSearchParams(entriesOf(post.fields)).toString()
  const req = await createLocalReq(
    {
      req: {
        routeParams: { form: post.form },
        searchParams: new URLSearchParams(),
        text: () => Promise.resolve(body),
        headers: new Headers({
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': post.from ?? '203.0.113.7',
          ...(post.json ? { accept: 'application/json' } : { accept: 'text/html' }),
          ...post.headers,
        }),
        origin: 'http://localhost:3000',
      },
    },
    payload,
  )
  const res = await endpoint.handler(req)
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    /* an HTML page */
  }
  return {
    status: res.status,
    location: res.headers.get('location'),
    text,
    json,
    headers: res.headers,
  }
}
