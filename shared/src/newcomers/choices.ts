import { useTranslations, vocabularyKey, type DictionaryKey } from '../i18n/index'
import type { Locale } from '../i18n/locales'
import type { Option } from '../forms/types'
import { spokenLanguages, type SpokenLanguage } from '../vocabulary'
import {
  surveyActivities,
  surveyExpectations,
  surveyHeardFrom,
  surveyReasons,
  surveyTickets,
  type SurveyChartField,
} from './vocabulary'

/**
 * The choice lists the visit-request form takes from the content, made the same way on the site
 * (from the snapshot, at build time) and in the CMS (from the database, when it checks a
 * submission or shows the form again), so both offer the same choices with the same words.
 */

interface Named {
  id: string | number
  name: { da: string; en: string | null }
}

const sortedByName = <T extends { name: { da: string } }>(items: T[]) =>
  [...items].sort((a, b) => a.name.da.localeCompare(b.name.da, 'da'))

const nameIn = (name: Named['name'], locale: Locale) => {
  const own = locale === 'da' ? name.da : name.en
  return own?.trim() ? { label: own, lang: undefined } : { label: name.da, lang: 'da' }
}

/** Named documents (venues, categories …) as choices, by their Danish name. */
export function namedOptions(items: Named[], locale: Locale): Option[] {
  return sortedByName(items).map((c) => ({ value: String(c.id), ...nameIn(c.name, locale) }))
}

/** The neighbourhoods (not interest communities), by name. */
export function neighbourhoodOptions(
  communities: (Named & { kind: string })[],
  locale: Locale,
): Option[] {
  return namedOptions(
    communities.filter((c) => c.kind === 'neighbourhood'),
    locale,
  )
}

export interface AmbassadorPeriod {
  /** First and last day (`YYYY-MM-DD`), or null when open. */
  from: string | null
  to: string | null
}

/** Whether an ambassador's period includes the day (`YYYY-MM-DD`). */
export const isActiveOn = (period: AmbassadorPeriod, day: string): boolean =>
  (!period.from || period.from <= day) && (!period.to || period.to >= day)

export interface AmbassadorChoice extends AmbassadorPeriod {
  id: string | number
  name: string
  languages: readonly string[]
}

/** "Amina (arabisk, dansk)": an ambassador and the languages they speak. */
export function ambassadorLabel(a: Pick<AmbassadorChoice, 'name' | 'languages'>, locale: Locale) {
  const t = useTranslations(locale)
  const languages = spokenLanguages
    .filter((code) => a.languages.includes(code))
    .map((code: SpokenLanguage) => t(vocabularyKey('language', code)))
  return languages.length ? `${a.name} (${languages.join(', ')})` : a.name
}

/** The ambassadors shown on the site on that day, by name. */
export function ambassadorOptions(
  ambassadors: AmbassadorChoice[],
  locale: Locale,
  day: string,
): Option[] {
  return [...ambassadors]
    .filter((a) => isActiveOn(a, day))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((a) => ({ value: String(a.id), label: ambassadorLabel(a, locale) }))
}

/** The dictionary key of a survey answer's label, or null for a value the survey does not know. */
export function surveyChoiceKey(field: SurveyChartField, value: string): DictionaryKey | null {
  const find = <T extends string>(list: readonly T[]) => list.find((item) => item === value)
  switch (field) {
    case 'reasons': {
      const v = find(surveyReasons)
      return v ? vocabularyKey('surveyReason', v) : null
    }
    case 'heardFrom': {
      const v = find(surveyHeardFrom)
      return v ? vocabularyKey('surveyHeardFrom', v) : null
    }
    case 'expectations': {
      const v = find(surveyExpectations)
      return v ? vocabularyKey('surveyExpectation', v) : null
    }
    case 'activities': {
      const v = find(surveyActivities)
      return v ? vocabularyKey('surveyActivity', v) : null
    }
    case 'tickets': {
      const v = find(surveyTickets)
      return v ? vocabularyKey('surveyTickets', v) : null
    }
  }
}
