import type { I18nClient } from '@payloadcms/translations'
import { toLocale, useTranslations, type Locale } from '@velkomst/shared/i18n'

/** The admin language of a server component's props, and the dictionary lookup for it. */
export function adminText(i18n: Pick<I18nClient, 'language'> | undefined): {
  locale: Locale
  t: ReturnType<typeof useTranslations>
} {
  const locale = toLocale(i18n?.language)
  return { locale, t: useTranslations(locale) }
}

/** An admin path under Payload's admin route. */
export const adminPath = (adminRoute: string, path: string) =>
  `${adminRoute.replace(/\/$/, '')}${path}`
