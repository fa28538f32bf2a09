import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { SUBMISSION_FIELD, addActivityForm } from '@velkomst/shared/activities'
import { escapeHtml, renderForm, type FormState } from '@velkomst/shared/forms'
import {
  isLocale,
  translate,
  type DictionaryKey,
  type Locale,
  type Params,
} from '@velkomst/shared/i18n'
import { href } from '@velkomst/shared/routes'

import { cmsConfig } from '../config'
import { readPosted } from '../forms/body'
import { formParams, headers, siteOf, sitePage, siteUrl } from '../forms/endpoint'
import { formToken } from '../forms/signing'
import type { Event } from '../payload-types'
import { addActivityPublicForm } from './form'
import { linkFitsAddress, readActivityLink, type LinkPurpose } from './links'
import { valuesOf } from './values'

const otherLocale = (locale: Locale): Locale => (locale === 'da' ? 'en' : 'da')

const page = async (
  payload: Payload,
  locale: Locale,
  title: string,
  main: string,
  status = 200,
): Promise<Response> => {
  const site = await siteOf({ payload }, locale)
  const html = sitePage(site, { locale, title, route: addActivityForm.routes.form }, main)
  return new Response(html, {
    status,
    headers: headers({
      'Content-Type': 'text/html; charset=utf-8',
      // A private link's page: never kept, never indexed, its address never passed on.
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    }),
  })
}

async function texts(payload: Payload, locale: Locale) {
  const params = formParams(await siteOf({ payload }, locale))
  return (key: DictionaryKey, extra?: Params) =>
    escapeHtml(translate(locale, key, { ...params, ...extra }))
}

/** A page that only says something: a heading, paragraphs, a link on. */
async function notice(
  payload: Payload,
  locale: Locale,
  title: DictionaryKey,
  paragraphs: { key: DictionaryKey; params?: Params }[],
  status: number,
) {
  const t = await texts(payload, locale)
  const add = `${siteUrl()}${href(locale, addActivityForm.routes.form)}`
  const main =
    `<h1>${t(title)}</h1>` +
    paragraphs.map((p) => `<p>${t(p.key, p.params)}</p>`).join('') +
    `<p><a href="${escapeHtml(add)}">${t('activities.link.again')}</a></p>`
  return page(payload, locale, translate(locale, title), main, status)
}

type Found = { doc: Event; locale: Locale; key: string } | Response

const requestedLocale = (req: PayloadRequest): Locale | undefined => {
  const lang = req.searchParams?.get('lang')
  return isLocale(lang) ? lang : undefined
}

/** The activity a private link names, if the link is ours, current and for its address. */
async function fromLink(req: PayloadRequest, purpose: LinkPurpose, key: unknown): Promise<Found> {
  const { payload } = req
  const fallback = requestedLocale(req) ?? 'da'
  const link = readActivityLink(payload.secret, purpose, key)
  const invalid = () =>
    notice(
      payload,
      fallback,
      'activities.link.invalid.title',
      [{ key: 'activities.link.invalid.text' }],
      404,
    )
  if (!link.ok) return invalid()
  const doc = await payload.findByID({
    collection: 'events',
    id: link.id,
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!doc?.organizedByResidents) {
    return notice(
      payload,
      fallback,
      'activities.link.gone.title',
      [{ key: 'activities.link.gone.text' }],
      410,
    )
  }
  if (!linkFitsAddress(payload.secret, link.addressMark, doc.resident?.submitterEmail)) {
    return invalid()
  }
  const stored = doc.resident?.submitterLocale
  const locale = requestedLocale(req) ?? (isLocale(stored) ? stored : 'da')
  return { doc, locale, key: String(key) }
}

const titleIn = async (payload: Payload, doc: Event, locale: Locale): Promise<string> => {
  if (locale === 'da') return doc.title ?? ''
  const shown = await payload.findByID({
    collection: 'events',
    id: doc.id,
    draft: true,
    depth: 0,
    locale,
    overrideAccess: true,
  })
  return shown.title ?? doc.title ?? ''
}

/**
 * `GET /api/activities/confirm?key=…`: the link in the email. It asks for a press of a button
 * (a POST) rather than confirming on opening, because mail filters open links by themselves.
 */
const showConfirm: Endpoint = {
  path: '/activities/confirm',
  method: 'get',
  handler: async (req) => {
    const found = await fromLink(req, 'confirm', req.searchParams?.get('key'))
    if (found instanceof Response) return found
    const { doc, locale, key } = found
    const title = await titleIn(req.payload, doc, locale)
    if (doc.resident?.confirmedAt) return confirmed(req.payload, locale, title)
    const t = await texts(req.payload, locale)
    const action = `${cmsConfig().CMS_PUBLIC_URL ?? req.origin ?? ''}/api/activities/confirm`
    const main =
      `<h1>${t('activities.confirm.title')}</h1>` +
      `<p class="lead">${t('activities.confirm.text', { title })}</p>` +
      `<form class="public-form" method="post" action="${escapeHtml(action)}" accept-charset="utf-8">` +
      `<input type="hidden" name="key" value="${escapeHtml(key)}">` +
      `<input type="hidden" name="lang" value="${locale}">` +
      `<div class="form-actions"><button type="submit" class="button">${t('activities.confirm.button')}</button></div></form>`
    return page(req.payload, locale, translate(locale, 'activities.confirm.title'), main)
  },
}

const confirmed = (payload: Payload, locale: Locale, title: string) =>
  notice(
    payload,
    locale,
    'activities.confirmed.title',
    [{ key: 'activities.confirmed.text', params: { title } }],
    200,
  )

/** `POST /api/activities/confirm` (`key`): the address is confirmed; staff see the activity. */
const confirm: Endpoint = {
  path: '/activities/confirm',
  method: 'post',
  handler: async (req) => {
    const posted = await readPosted(req)
    const entries = 'entries' in posted ? posted.entries : []
    const field = (name: string) => entries.find(([n]) => n === name)?.[1]
    const lang = field('lang')
    if (isLocale(lang) && req.searchParams) req.searchParams.set('lang', lang)
    const found = await fromLink(req, 'confirm', field('key'))
    if (found instanceof Response) return found
    const { doc, locale } = found
    if (!doc.resident?.confirmedAt) {
      const now = new Date().toISOString()
      await req.payload.update({
        collection: 'events',
        id: doc.id,
        draft: true,
        overrideAccess: true,
        data: {
          resident: { ...doc.resident, confirmedAt: now },
          _status: 'draft',
          reviewState: 'submitted',
          submittedAt: now,
        },
        context: { publicForm: addActivityForm.id },
      })
    }
    return confirmed(req.payload, locale, await titleIn(req.payload, doc, locale))
  },
}

/**
 * `GET /api/activities/edit?key=…`: the activity's form, filled in as it is stored, with
 * staff's message when they sent it back. Sending it puts it before staff again.
 */
const showEdit: Endpoint = {
  path: '/activities/edit',
  method: 'get',
  handler: async (req) => {
    const found = await fromLink(req, 'edit', req.searchParams?.get('key'))
    if (found instanceof Response) return found
    const { doc, locale, key } = found
    const read = (l: Locale) =>
      req.payload.findByID({
        collection: 'events',
        id: doc.id,
        draft: true,
        depth: 0,
        locale: l,
        fallbackLocale: false,
        overrideAccess: true,
      })
    const [own, other] = await Promise.all([read(locale), read(otherLocale(locale))])
    const t = await texts(req.payload, locale)
    const site = await siteOf(req, locale)
    const sources = (await addActivityPublicForm.sources?.(req, locale)) ?? {}
    const state: FormState = {
      locale,
      action: `${cmsConfig().CMS_PUBLIC_URL ?? req.origin ?? ''}/api/forms/${addActivityForm.id}`,
      values: valuesOf(
        own.title ? own : { ...own, ...other },
        other,
        doc.resident?.submitterEmail ?? '',
      ),
      sources,
      token: formToken(req.payload.secret, addActivityForm.id),
      params: formParams(site),
      siteUrl: siteUrl(),
      hidden: { [SUBMISSION_FIELD]: key },
    }
    const comment = doc.reviewState === 'changes-requested' ? doc.reviewComment : null
    const main =
      `<h1>${t('activities.edit.title')}</h1>` +
      `<p class="lead">${t('activities.edit.intro')}</p>` +
      (comment
        ? `<section class="form-notice" aria-labelledby="staff-comment"><h2 class="form-notice__title" id="staff-comment">${t('activities.edit.comment')}</h2>` +
          `<p>${escapeHtml(comment).replace(/\n/g, '<br>')}</p></section>`
        : '') +
      renderForm(addActivityForm, state)
    return page(req.payload, locale, translate(locale, 'activities.edit.title'), main)
  },
}

export const residentActivityEndpoints = [showConfirm, confirm, showEdit]
