import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { formatPhone } from '@velkomst/shared/format'
import {
  HONEYPOT_FIELD,
  LOCALE_FIELD,
  TOKEN_FIELD,
  formPageTitle,
  readSubmission,
  renderForm,
  renderFormMain,
  renderPage,
  renderSent,
  type FieldError,
  type FormNotice,
  type FormState,
  type Values,
} from '@velkomst/shared/forms'
import { defaultLocale, isLocale, translate, type Locale } from '@velkomst/shared/i18n'
import { href, type Route } from '@velkomst/shared/routes'

import { cmsConfig } from '../config'
import { clientAddress } from './address'
import { readPosted } from './body'
import { countSubmission, postAllowed, submissionAllowed, type Sender } from './limits'
import { checkFormToken, formToken } from './signing'
import type { PublicForm, SaveResult, SentPage } from './types'

/** The residents' site: where confirmations are, and the only origin whose scripts may read us. */
export const siteUrl = () => cmsConfig().SITE_URL ?? 'http://localhost:4321'

export const headers = (extra: Record<string, string> = {}) => ({
  'Cache-Control': 'no-store',
  'Access-Control-Allow-Origin': new URL(siteUrl()).origin,
  Vary: 'Origin',
  'X-Content-Type-Options': 'nosniff',
  ...extra,
})

export interface Site {
  name: string
  municipality: string
  phone: string
  email: string
  retentionDays: number
}

/** The site's name and the municipality's contact details, in a language. */
export async function siteOf(req: { payload: Payload }, locale: Locale): Promise<Site> {
  const s = await req.payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
  return {
    name: s.siteName || 'Velkomst',
    municipality: s.municipalityName,
    phone: s.contactPhone,
    email: s.contactEmail,
    retentionDays: s.retentionDays,
  }
}

/**
 * A whole page the CMS answers with, in the site's dress (its stylesheet, header and contact
 * footer): a form shown again, or a page a private link opens.
 */
export const sitePage = (
  site: Site,
  { locale, title, route }: { locale: Locale; title: string; route: Route },
  main: string,
) =>
  renderPage(
    {
      locale,
      title,
      siteName: site.name,
      siteUrl: siteUrl(),
      route,
      stylesheet: `${siteUrl()}/forms.css`,
      municipality: site.municipality,
      phone: site.phone,
      email: site.email,
    },
    main,
  )

/** What every text of a form may mention. */
export const formParams = (site: Site) => ({
  municipality: site.municipality,
  phone: formatPhone(site.phone),
  email: site.email,
  days: site.retentionDays,
  site: site.name,
})

type Status = 'sent' | 'invalid' | 'check' | 'limited' | 'unavailable'

interface Answer {
  status: Status
  httpStatus: number
  state?: FormState
  /** The confirmation page, when not the form's own. */
  sent?: SentPage
}

/**
 * `POST /api/forms/:form`: a public form's submission, from a plain HTML form on the site (the
 * answer is a redirect to the confirmation page, or a page with the form again) or from the
 * site's script (`Accept: application/json`: the same HTML, to put in place of the form).
 */
export function publicFormEndpoints(forms: PublicForm[]): Endpoint[] {
  const byId = new Map(forms.map((f) => [f.definition.id, f]))
  const formOf = (req: PayloadRequest) => {
    const id = req.routeParams?.form
    return typeof id === 'string' ? byId.get(id) : undefined
  }

  const unknown = () =>
    Response.json(
      { status: 'unknown', message: translate(defaultLocale, 'forms.error.unknownForm') },
      { status: 404, headers: headers() },
    )

  return [
    {
      path: '/forms/:form/token',
      method: 'get',
      handler: (req) => {
        const form = formOf(req)
        if (!form) return unknown()
        return Response.json(
          { token: formToken(req.payload.secret, form.definition.id) },
          { headers: headers() },
        )
      },
    },
    {
      path: '/forms/:form',
      method: 'post',
      handler: async (req) => {
        const form = formOf(req)
        if (!form) return unknown()
        const wantsJson = (req.headers.get('accept') ?? '').includes('application/json')
        const posted = await readPosted(req)
        const entries = 'entries' in posted ? posted.entries : []
        const field = (name: string) => entries.find(([n]) => n === name)?.[1]
        const requested = field(LOCALE_FIELD)
        const locale: Locale = isLocale(requested) ? requested : defaultLocale
        const site = await siteOf(req, locale)
        const answer = await handle(req, form, entries, locale, 'tooLarge' in posted)
        return respond(req, form, answer, { locale, site, wantsJson })
      },
    },
  ]
}

async function handle(
  req: PayloadRequest,
  publicForm: PublicForm,
  entries: [string, string][],
  locale: Locale,
  tooLarge: boolean,
): Promise<Answer> {
  const form = publicForm.definition
  const secret = req.payload.secret
  const sender: Sender = {
    secret,
    address: clientAddress(req.headers, cmsConfig().TRUSTED_PROXIES),
  }
  const base: FormState = {
    locale,
    action: '',
    token: formToken(secret, form.id),
  }
  if (!(await postAllowed(req.payload, form, sender))) {
    return { status: 'limited', httpStatus: 429, state: base }
  }
  if (tooLarge) {
    const errors: FieldError[] = [{ field: '', key: 'forms.error.tooLarge' }]
    return { status: 'invalid', httpStatus: 413, state: { ...base, errors } }
  }
  const posted = (name: string) => entries.find(([n]) => n === name)?.[1] ?? ''
  const hidden = Object.fromEntries(
    (publicForm.carried ?? []).flatMap((name) => (posted(name) ? [[name, posted(name)]] : [])),
  )
  base.hidden = hidden
  // A robot filled the field people cannot see: it is told "thank you" and nothing is kept.
  if (posted(HONEYPOT_FIELD).trim() !== '') return { status: 'sent', httpStatus: 303 }
  const sources = (await publicForm.sources?.(req, locale)) ?? {}

  const { values, errors } = readSubmission(form, entries, sources)
  const token = checkFormToken(secret, form.id, posted(TOKEN_FIELD), form.limits.minFillSeconds)
  // Corrections take time too: a form opened in time keeps its signed time.
  const keepToken = token.ok || token.reason === 'too-fast' ? posted(TOKEN_FIELD) : base.token
  const state: FormState = { ...base, values, sources, token: keepToken }
  if (errors.length) return { status: 'invalid', httpStatus: 422, state: { ...state, errors } }
  // Sent without a form we opened (no script ran), or faster than a person fills it in: shown
  // once more to be sent again, which is all a person needs to do and what a robot rarely does.
  if (!token.ok) {
    return { status: 'check', httpStatus: 200, state: { ...state, token: base.token } }
  }
  if (!(await submissionAllowed(req.payload, form, sender, values))) {
    return { status: 'limited', httpStatus: 429, state }
  }
  let result: SaveResult
  try {
    result = await publicForm.save(values, { req, locale, carried: (name) => hidden[name] ?? '' })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Public form ${form.id} could not be saved` })
    return { status: 'unavailable', httpStatus: 503, state }
  }
  if (result?.errors?.length) {
    return { status: 'invalid', httpStatus: 422, state: { ...state, errors: result.errors } }
  }
  await countSubmission(req.payload, form, sender, values)
  return { status: 'sent', httpStatus: 303, ...(result?.sent ? { sent: result.sent } : {}) }
}

const notices: Partial<Record<Status, FormNotice>> = {
  check: 'check',
  limited: 'limited',
  unavailable: 'unavailable',
}

function respond(
  req: PayloadRequest,
  publicForm: PublicForm,
  answer: Answer,
  { locale, site, wantsJson }: { locale: Locale; site: Site; wantsJson: boolean },
): Response {
  const form = publicForm.definition
  const params = formParams(site)
  const url = siteUrl()
  if (answer.status === 'sent') {
    const location = `${url}${href(locale, answer.sent?.route ?? form.routes.sent)}`
    if (!wantsJson)
      return new Response(null, { status: 303, headers: headers({ Location: location }) })
    const shown = answer.sent ? { ...form, sent: answer.sent.page } : form
    const html = renderSent(shown, { locale, params, siteUrl: url }, { headingLevel: 2 })
    return Response.json({ status: 'sent', html, location }, { headers: headers() })
  }
  const action = `${cmsConfig().CMS_PUBLIC_URL ?? req.origin ?? ''}/api/forms/${form.id}`
  const state: FormState = {
    ...answer.state,
    locale,
    action,
    params,
    siteUrl: url,
    notice: notices[answer.status],
  }
  const title = formPageTitle(form, state)
  if (wantsJson) {
    return Response.json(
      { status: answer.status, html: renderForm(form, state), title },
      { status: answer.httpStatus, headers: headers() },
    )
  }
  const page = sitePage(
    site,
    { locale, title, route: form.routes.form },
    renderFormMain(form, state),
  )
  return new Response(page, {
    status: answer.httpStatus,
    headers: headers({ 'Content-Type': 'text/html; charset=utf-8' }),
  })
}

export type { Values }
