import type { Payload } from 'payload'
import { translate, type DictionaryKey, type Locale, type Params } from '@velkomst/shared/i18n'
import escapeHtml from 'escape-html'

import { cmsConfig } from '../config'
import { formParams, siteOf } from '../forms/endpoint'

/** The CMS's public address: the private links point at its pages. */
export const cmsUrl = () => cmsConfig().CMS_PUBLIC_URL ?? 'http://localhost:3000'

/** A private link's page: `/api/activities/<purpose>?key=…`. */
export const linkUrl = (purpose: 'confirm' | 'edit', key: string) =>
  `${cmsUrl()}/api/activities/${purpose}?key=${encodeURIComponent(key)}`

export const siteParams = async (payload: Payload, locale: Locale) =>
  formParams(await siteOf({ payload }, locale))

interface Letter {
  to: string
  locale: Locale
  subject: DictionaryKey
  /** Paragraphs: a key, or a link shown as its own address. */
  body: ({ key: DictionaryKey; params?: Params } | { link: string } | { quote: string })[]
}

/** One email to a resident, in the language they wrote in, signed by the municipality. */
async function send(payload: Payload, letter: Letter) {
  const params = await siteParams(payload, letter.locale)
  const t = (key: DictionaryKey, extra?: Params) =>
    escapeHtml(translate(letter.locale, key, { ...params, ...extra }))
  const html = [...letter.body, { key: 'activities.email.signature' as const }]
    .map((part) =>
      'link' in part
        ? `<p><a href="${escapeHtml(part.link)}">${escapeHtml(part.link)}</a></p>`
        : 'quote' in part
          ? `<blockquote><p>${escapeHtml(part.quote).replace(/\n/g, '<br>')}</p></blockquote>`
          : `<p>${t(part.key, part.params)}</p>`,
    )
    .join('')
  await payload.sendEmail({
    to: letter.to,
    subject: translate(letter.locale, letter.subject, params),
    html,
  })
}

export interface Recipient {
  to: string
  locale: Locale
  name: string
  title: string
}

/** "Confirm your activity": the link that puts it in staff's queue. */
export const sendConfirmLink = (payload: Payload, r: Recipient, key: string) =>
  send(payload, {
    to: r.to,
    locale: r.locale,
    subject: 'activities.email.confirm.subject',
    body: [
      { key: 'activities.email.confirm.greeting', params: { name: r.name } },
      { key: 'activities.email.confirm.text', params: { title: r.title } },
      { link: linkUrl('confirm', key) },
      { key: 'activities.email.confirm.expires' },
    ],
  })

/** Staff sent it back: their message, and the link to correct it and send it again. */
export const sendSentBack = (payload: Payload, r: Recipient, comment: string, key: string) =>
  send(payload, {
    to: r.to,
    locale: r.locale,
    subject: 'activities.email.sentBack.subject',
    body: [
      { key: 'activities.email.confirm.greeting', params: { name: r.name } },
      { key: 'activities.email.sentBack.text', params: { title: r.title } },
      { quote: comment },
      { key: 'activities.email.sentBack.link' },
      { link: linkUrl('edit', key) },
    ],
  })

/** It is on the site: where, and the link to change it later. */
export const sendPublished = (payload: Payload, r: Recipient, page: string, key: string) =>
  send(payload, {
    to: r.to,
    locale: r.locale,
    subject: 'activities.email.published.subject',
    body: [
      { key: 'activities.email.confirm.greeting', params: { name: r.name } },
      { key: 'activities.email.published.text', params: { title: r.title } },
      { link: page },
      { key: 'activities.email.published.change' },
      { link: linkUrl('edit', key) },
    ],
  })
