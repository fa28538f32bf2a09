import type { Locale } from '@velkomst/shared/locales'
import type { ChecklistStep, LocalizedText, Page } from '@velkomst/shared/schemas'
import { checklistGroups, type ChecklistGroup, type PageKind } from '@velkomst/shared/vocabulary'

import { shown } from './i18n'
import type { Model } from './model'

/** Page kinds shown as guides (under /guider/), the waste guide among them. */
const guideKinds: ReadonlySet<PageKind> = new Set(['guide', 'waste-guide', 'other'])
export const isGuidePage = (page: Page) => guideKinds.has(page.kind)

/** The newcomer checklist ("Ny i kommunen"): the first published page of that kind, by slug. */
export function checklistPage(model: Model): Page | undefined {
  return model.pages
    .filter((p) => p.kind === 'newcomer-checklist')
    .sort((a, b) => a.slug.localeCompare(b.slug))[0]
}

export interface ChecklistSection {
  group: ChecklistGroup
  steps: ChecklistStep[]
}

/** The steps by group, "everyone" first, each group in the editor's order; empty groups left out. */
export function checklistSections(page: Page): ChecklistSection[] {
  return checklistGroups
    .map((group) => ({ group, steps: page.checklist.filter((s) => s.group === group) }))
    .filter((s) => s.steps.length > 0)
}

export interface ShownLink {
  href: string
  /** Set when the link leads to a page in another language than the reader's. */
  hreflang: string | undefined
}

/** A localized link in the reader's language, or the Danish one, marked as Danish. */
export function localizedLink(url: LocalizedText, locale: Locale): ShownLink {
  const s = shown(url, locale)
  return { href: s.text, hreflang: s.lang }
}
