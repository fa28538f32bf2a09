import type { Settings } from '@velkomst/shared/schemas'

import type { SiteSetting } from '../payload-types'
import { optionalText, text, type Locales, type WithLocales } from './contract'

type Links = NonNullable<SiteSetting['links']>
export type SettingsRead = Omit<WithLocales<SiteSetting, 'siteName' | 'tagline'>, 'links'> & {
  links?: { [K in keyof Links]?: Locales<Links[K]> } | null
}

/** The site settings global as the contract's settings. */
export const toSettings = (s: SettingsRead): Settings => ({
  siteName: text(s.siteName),
  tagline: text(s.tagline),
  municipalityName: s.municipalityName,
  contactPhone: s.contactPhone,
  contactEmail: s.contactEmail,
  accessibilityStatementUrl: s.accessibilityStatementUrl,
  showDemoNotice: Boolean(s.showDemoNotice),
  retentionDays: typeof s.retentionDays === 'number' ? s.retentionDays : 180,
  links: {
    municipalityWelcome: optionalText(s.links?.municipalityWelcome),
    wasteCalendar: optionalText(s.links?.wasteCalendar),
    bulkyWaste: optionalText(s.links?.bulkyWaste),
  },
})
