import type { PayloadRequest } from 'payload'
import { localeCodes, translate, type DictionaryKey, type Params } from '@velkomst/shared/i18n'
import escapeHtml from 'escape-html'

import { cmsConfig } from '../../../config'

/** How long an invitation (and a password reset) link works. */
export const LINK_DAYS = 3

export interface InviteContext {
  name: string
  associations: string[]
  site: string
  /** An ambassador is invited to see their visit requests, not to edit an association. */
  kind?: 'editor' | 'ambassador'
}

/** The admin's public address for links in emails. */
export function adminUrl(req: Partial<PayloadRequest> | undefined, path: string): string {
  const base = cmsConfig().CMS_PUBLIC_URL ?? req?.origin ?? 'http://localhost:3000'
  return new URL(`/admin${path}`, base).toString()
}

/** Both languages in one email, Danish first: we do not know which one the reader prefers. */
function bilingual(render: (t: (key: DictionaryKey, params?: Params) => string) => string) {
  return localeCodes
    .map((code) => render((key, params) => escapeHtml(translate(code, key, params))))
    .join('<hr>')
}

export function resetEmailHtml(req: Partial<PayloadRequest> | undefined, token: string): string {
  const link = escapeHtml(adminUrl(req, `/set-password?token=${encodeURIComponent(token)}`))
  const invite = req?.context?.invite as InviteContext | undefined
  if (invite?.kind === 'ambassador') {
    return bilingual(
      (t) =>
        `<p>${t('cms.invite.greeting', { name: invite.name })}</p>` +
        `<p>${t('ambassadors.invite.text', { site: invite.site })}</p>` +
        `<p><a href="${link}">${t('cms.invite.action')}</a></p>` +
        `<p>${t('cms.invite.expires', { days: LINK_DAYS })}</p>`,
    )
  }
  if (invite) {
    const association = invite.associations.join(', ')
    return bilingual(
      (t) =>
        `<p>${t('cms.invite.greeting', { name: invite.name })}</p>` +
        `<p>${t('cms.invite.text', { association, site: invite.site })}</p>` +
        `<p><a href="${link}">${t('cms.invite.action')}</a></p>` +
        `<p>${t('cms.invite.expires', { days: LINK_DAYS })}</p>`,
    )
  }
  return bilingual(
    (t) =>
      `<p>${t('cms.reset.text')}</p><p><a href="${link}">${link}</a></p><p>${t('cms.reset.ignore')}</p>`,
  )
}

export function resetEmailSubject(req: Partial<PayloadRequest> | undefined): string {
  const invite = req?.context?.invite as InviteContext | undefined
  const subject = (code: (typeof localeCodes)[number]) =>
    invite?.kind === 'ambassador'
      ? translate(code, 'ambassadors.invite.subject', { site: invite.site })
      : invite
        ? translate(code, 'cms.invite.subject', {
            association: invite.associations.join(', '),
            site: invite.site,
          })
        : translate(code, 'cms.reset.subject', { site: 'Velkomst' })
  return localeCodes.map(subject).join(' / ')
}
