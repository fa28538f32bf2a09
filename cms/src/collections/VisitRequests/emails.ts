import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import {
  isLocale,
  localeCodes,
  translate,
  vocabularyKey,
  type DictionaryKey,
  type Locale,
  type Params,
} from '@velkomst/shared/i18n'
import { href } from '@velkomst/shared/routes'
import { spokenLanguages } from '@velkomst/shared/vocabulary'
import escapeHtml from 'escape-html'

import { adminUrl } from '../Users/invite/emails'
import { formParams, siteOf, siteUrl } from '../../forms/endpoint'
import type { VisitRequest } from '../../payload-types'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value

const languageLabel = (locale: Locale, code: string | null | undefined) => {
  const known = spokenLanguages.find((l) => l === code)
  return known ? translate(locale, vocabularyKey('language', known)) : (code ?? '')
}

/** "We have received your request", in the language the person filled in the form. */
export async function sendRequestConfirmation(
  req: PayloadRequest,
  request: { name: string; email?: string | null },
  locale: Locale,
) {
  if (!request.email) return
  const params = formParams(await siteOf(req, locale))
  const t = (key: DictionaryKey, extra?: Params) =>
    escapeHtml(translate(locale, key, { ...params, ...extra }))
  const survey = `${siteUrl()}${href(locale, ['survey'])}`
  const html =
    `<p>${t('ambassadors.email.confirm.greeting', { name: request.name })}</p>` +
    `<p>${t('ambassadors.email.confirm.text')}</p>` +
    `<p>${t('ambassadors.email.confirm.privacy')}</p>` +
    `<p>${t('ambassadors.email.confirm.survey')} <a href="${escapeHtml(survey)}">${escapeHtml(survey)}</a></p>`
  await req.payload.sendEmail({
    to: request.email,
    subject: translate(locale, 'ambassadors.email.confirm.subject'),
    html,
  })
}

/**
 * Tells an ambassador a request was assigned to them: the language and the area, and a link to
 * the request in the admin (the person's details stay there, behind the ambassador's sign-in).
 * In Danish and English, as the invitations are.
 */
export const tellAmbassador: CollectionAfterChangeHook<VisitRequest> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const assigned = idOf(doc.assignedTo)
  if (!assigned || assigned === idOf(previousDoc?.assignedTo) || req.context.seed) return doc
  try {
    const ambassador = await req.payload.findByID({
      collection: 'ambassadors',
      id: assigned as number,
      depth: 1,
      overrideAccess: true,
      req,
    })
    const account = ambassador.account
    const to =
      ambassador.email ?? (typeof account === 'object' && account ? account.email : undefined)
    if (!to) return doc
    const area = doc.neighbourhood
      ? await req.payload
          .findByID({
            collection: 'communities',
            id: idOf(doc.neighbourhood) as number,
            depth: 0,
            overrideAccess: true,
            req,
          })
          .then((c) => c.name)
          .catch(() => null)
      : null
    const link = adminUrl(req, `/collections/visit-requests/${String(doc.id)}`)
    const html = localeCodes
      .map((code) => {
        const t = (key: DictionaryKey, params?: Params) => escapeHtml(translate(code, key, params))
        return (
          `<p>${t('ambassadors.email.assigned.text', {
            name: ambassador.name,
            language: languageLabel(code, doc.language),
            area: area ?? translate(code, 'ambassadors.email.assigned.unknownArea'),
          })}</p>` +
          `<p><a href="${escapeHtml(link)}">${t('ambassadors.email.assigned.open')}</a></p>`
        )
      })
      .join('<hr>')
    await req.payload.sendEmail({
      to,
      subject: localeCodes
        .map((code) => translate(code, 'ambassadors.email.assigned.subject'))
        .join(' / '),
      html,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Could not tell the ambassador' })
  }
  return doc
}

export const requestLocale = (value: unknown): Locale => (isLocale(value) ? value : 'da')
