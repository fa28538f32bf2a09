import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { localeCodes, locales } from '@velkomst/shared/i18n'

import { isStaffUser } from '../../access/roles'
import { adminText } from '../../admin/adminText'
import { qrSvg } from '../../letters/render'
import { deskCodeOf, deskUrl } from '../desks'
import { RenewDeskLink } from './RenewDeskLink'

interface Props {
  id?: number | string
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/**
 * On an offer (staff): the link for whoever hands out its tickets, in Danish and English, a QR
 * code to print for the desk, and "Make a new link" for when it has got out.
 */
export async function DeskLink({ id, i18n, payload, user }: Props) {
  if (!isStaffUser(user)) return null
  const { locale, t } = adminText(i18n)
  if (id === undefined) return <p className="velkomst-desk">{t('tickets.deskLink.saveFirst')}</p>
  const code = await deskCodeOf(payload, id)
  const offer = (await payload
    .findByID({
      collection: 'ticket-offers',
      id,
      depth: 0,
      draft: true,
      locale,
      user,
      overrideAccess: false,
      disableErrors: true,
    })
    .catch(() => null)) as { title?: string } | null
  const api = payload.config.routes.api
  const urls = code ? localeCodes.map((l) => ({ locale: l, url: deskUrl(api, code, l) })) : []
  // A QR code only for an absolute address (CMS_PUBLIC_URL set), which a phone can open.
  const qr =
    code && /^https?:\/\//.test(deskUrl(api, code))
      ? (await qrSvg(deskUrl(api, code))).replace(
          '<svg ',
          `<svg role="img" aria-label="${t('tickets.deskLink.qr', { offer: offer?.title ?? '' }).replace(/"/g, '&quot;')}" `,
        )
      : null
  return (
    <section aria-labelledby="velkomst-desk-heading" className="velkomst-desk">
      <h3 id="velkomst-desk-heading">{t('tickets.deskLink.heading')}</h3>
      <p>{t('tickets.deskLink.intro')}</p>
      {code && (
        <>
          <ul>
            {urls.map(({ locale: l, url }) => (
              <li key={l}>
                <a href={url} hrefLang={l} rel="noreferrer" target="_blank">
                  {t('tickets.deskLink.open')} ({locales.find((x) => x.code === l)?.label})
                </a>
              </li>
            ))}
          </ul>
          <p className="velkomst-desk__url">
            <code>{deskUrl(api, code)}</code>
          </p>
          {qr && <div className="velkomst-desk__qr" dangerouslySetInnerHTML={{ __html: qr }} />}
        </>
      )}
      <RenewDeskLink
        hint={t('tickets.deskLink.rotateHint')}
        id={id}
        label={t('tickets.deskLink.rotate')}
      />
    </section>
  )
}
