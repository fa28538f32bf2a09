import type { ServerProps } from 'payload'

import { adminText } from '../adminText'
import { Mark } from './Mark'

interface MediaDoc {
  url?: string | null
  alt?: string | null
}

/**
 * The sign-in, forgotten-password and set-password pages' heading: the municipality's logo and
 * name (from the site settings) beside Velkomst's, in the admin's language, so an editor knows
 * whose service this is before typing a password.
 */
export async function Logo({ payload, i18n }: Pick<ServerProps, 'payload' | 'i18n'>) {
  const { t } = adminText(i18n)
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 1, overrideAccess: true })
    .catch(() => null)
  const municipality = settings?.municipalityName ?? ''
  const logo = settings?.municipalityLogo as MediaDoc | number | null | undefined
  const logoUrl = typeof logo === 'object' && logo?.url ? logo.url : null
  return (
    <div className="velkomst-brand">
      {logoUrl ? (
        // The municipality's own logo; its name is written beside it, so the image is decorative.
        <img alt="" className="velkomst-brand__logo" height={48} src={logoUrl} />
      ) : (
        <Mark size={48} />
      )}
      <div>
        <p className="velkomst-brand__name">
          {settings?.siteName ?? 'Velkomst'}
          {municipality && <span className="velkomst-brand__municipality">{municipality}</span>}
        </p>
        <p className="velkomst-brand__tagline">{t('cms.brand.tagline')}</p>
      </div>
    </div>
  )
}
