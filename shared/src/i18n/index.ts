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
