import type { Settings } from '@velkomst/shared/schemas'

import type { SiteSetting } from '../payload-types'
import { text, type WithLocales } from './contract'

export type SettingsRead = WithLocales<SiteSetting, 'siteName' | 'tagline'>

/** The site settings global as the contract's settings. */
export const toSettings = (s: SettingsRead): Settings => ({
  siteName: text(s.siteName),
  tagline: text(s.tagline),
  municipalityName: s.municipalityName,
  contactPhone: s.contactPhone,
  contactEmail: s.contactEmail,
  accessibilityStatementUrl: s.accessibilityStatementUrl,
  showDemoNotice: Boolean(s.showDemoNotice),
})
