import validationDa from './dictionaries/validation.da.json'
import validationEn from './dictionaries/validation.en.json'
import vocabularyDa from './dictionaries/vocabulary.da.json'
import vocabularyEn from './dictionaries/vocabulary.en.json'
import accountsDa from './dictionaries/accounts.da.json'
import accountsEn from './dictionaries/accounts.en.json'
import cmsDa from './dictionaries/cms.da.json'
import cmsEn from './dictionaries/cms.en.json'
import reviewDa from './dictionaries/review.da.json'
import reviewEn from './dictionaries/review.en.json'
import siteBuildsDa from './dictionaries/site-builds.da.json'
import siteBuildsEn from './dictionaries/site-builds.en.json'
import lettersDa from './dictionaries/letters.da.json'
import lettersEn from './dictionaries/letters.en.json'
import siteDa from './dictionaries/site.da.json'
import siteEn from './dictionaries/site.en.json'
import inputDa from './dictionaries/input.da.json'
import inputEn from './dictionaries/input.en.json'
import formsDa from './dictionaries/forms.da.json'
import formsEn from './dictionaries/forms.en.json'
import ambassadorsDa from './dictionaries/ambassadors.da.json'
import ambassadorsEn from './dictionaries/ambassadors.en.json'
import surveyDa from './dictionaries/survey.da.json'
import surveyEn from './dictionaries/survey.en.json'
import welcomeDa from './dictionaries/welcome.da.json'
import welcomeEn from './dictionaries/welcome.en.json'
import ticketsDa from './dictionaries/tickets.da.json'
import ticketsEn from './dictionaries/tickets.en.json'
import liveDa from './dictionaries/live.da.json'
import liveEn from './dictionaries/live.en.json'
import participationDa from './dictionaries/participation.da.json'
import participationEn from './dictionaries/participation.en.json'
import activitiesDa from './dictionaries/activities.da.json'
import activitiesEn from './dictionaries/activities.en.json'
import storiesDa from './dictionaries/stories.da.json'
import storiesEn from './dictionaries/stories.en.json'
import { defaultLocale, localeCodes, type Locale } from './locales'

export { defaultLocale, isLocale, localeCodes, locales, timeZone, toLocale } from './locales'
export type { Locale } from './locales'

/**
 * One dictionary per area of the product (a feature adds its own pair of files), Danish and
 * English with the same keys; a key belongs to one area only (both checked by a test).
 */
const area = <D extends Record<string, string>>(da: D, en: Record<keyof D, string>) => ({ da, en })

export const areas = {
  validation: area(validationDa, validationEn),
  vocabulary: area(vocabularyDa, vocabularyEn),
  accounts: area(accountsDa, accountsEn),
  cms: area(cmsDa, cmsEn),
  review: area(reviewDa, reviewEn),
  'site-builds': area(siteBuildsDa, siteBuildsEn),
  letters: area(lettersDa, lettersEn),
  site: area(siteDa, siteEn),
  input: area(inputDa, inputEn),
  forms: area(formsDa, formsEn),
  ambassadors: area(ambassadorsDa, ambassadorsEn),
  survey: area(surveyDa, surveyEn),
  welcome: area(welcomeDa, welcomeEn),
  tickets: area(ticketsDa, ticketsEn),
  live: area(liveDa, liveEn),
  participation: area(participationDa, participationEn),
  activities: area(activitiesDa, activitiesEn),
  stories: area(storiesDa, storiesEn),
} as const

const da = Object.assign({}, ...Object.values(areas).map((area) => area.da)) as UnionToIntersection<
  (typeof areas)[keyof typeof areas]['da']
>
const en = Object.assign({}, ...Object.values(areas).map((area) => area.en)) as Record<
  keyof typeof da,
  string
>

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  u: infer I,
) => void
  ? I
  : never

export type Dictionary = typeof da
export type DictionaryKey = keyof Dictionary

export const dictionaries: Record<Locale, Record<DictionaryKey, string>> = { da, en }

/** The keys under a prefix, e.g. `KeysUnder<'validation'>` for every `validation.*` key. */
export type KeysUnder<Prefix extends string> = Extract<DictionaryKey, `${Prefix}.${string}`>

type ListOf<Key> = Key extends `vocab.${infer List}.${string}` ? List : never
type ValueOf<Key, List extends string> = Key extends `vocab.${List}.${infer Value}` ? Value : never

/** The vocabularies labelled in the dictionaries (`vocab.<list>.<value>`), e.g. `'audience'`. */
export type VocabularyList = ListOf<DictionaryKey>

/** The values of a vocabulary that have a label, e.g. every `Audience` for `'audience'`. */
export type VocabularyValue<List extends VocabularyList> = ValueOf<DictionaryKey, List>

const isKey = (key: string): key is DictionaryKey => Object.hasOwn(dictionaries.da, key)

/**
 * The key of a vocabulary value's label, `vocab.<list>.<value>`: the types only let through a
 * list and a value whose label exists (pass the vocabulary's `as const` values), so the check
 * here never fails; it is what proves the key to the compiler without a cast.
 */
export function vocabularyKey<List extends VocabularyList>(
  list: List,
  value: VocabularyValue<List>,
): DictionaryKey {
  const key = `vocab.${list}.${value}`
  if (!isKey(key)) throw new Error(`No dictionary key ${key}`)
  return key
}

export type Params = Record<string, string | number>

function interpolate(template: string, params?: Params): string {
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** `t('nav.home')` in the given language, with `{name}` placeholders filled from params. */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale]
  const fallback = dictionaries[defaultLocale]
  return function t(key: DictionaryKey, params?: Params): string {
    return interpolate(dict[key] ?? fallback[key] ?? key, params)
  }
}

export function translate(locale: Locale, key: DictionaryKey, params?: Params): string {
  return useTranslations(locale)(key, params)
}

/** The key in every language, as `{ da, en }`: the shape Payload takes for labels. */
export function labels(key: DictionaryKey, params?: Params): Record<Locale, string> {
  return Object.fromEntries(
    localeCodes.map((code) => [code, translate(code, key, params)]),
  ) as Record<Locale, string>
}
