import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'

import { isStaffUser } from '../../../access/roles'
import { adminText } from '../../../admin/adminText'
import { InviteButton } from './InviteButton'

interface Props {
  id?: number | string
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/** In an ambassador's sidebar: who they sign in as, or "Invite to sign in". */
export async function InviteAmbassador({ id, i18n, payload, user }: Props) {
  if (!isStaffUser(user)) return null
  const { t } = adminText(i18n)
  const ambassador =
    id === undefined
      ? null
      : await payload.findByID({ collection: 'ambassadors', id, depth: 1, overrideAccess: true })
  const account = ambassador?.account
  return (
    <section aria-labelledby="velkomst-invite-ambassador" className="velkomst-ambassador-invite">
      <h3 id="velkomst-invite-ambassador">{t('ambassadors.invite.heading')}</h3>
      {!ambassador ? (
        <p>{t('ambassadors.invite.saveFirst')}</p>
      ) : typeof account === 'object' && account !== null ? (
        <p>{t('ambassadors.invite.hasAccount', { email: account.email })}</p>
      ) : !ambassador.email ? (
        <p>{t('ambassadors.invite.needsEmail')}</p>
      ) : (
        <>
          <p>{t('ambassadors.invite.intro')}</p>
          <InviteButton id={ambassador.id} label={t('ambassadors.invite.button')} />
        </>
      )}
    </section>
  )
}
