import da from './da.json'
import en from './en.json'
import { defaultLocale, localeCodes, type Locale } from './locales'

export { defaultLocale, isLocale, localeCodes, locales, timeZone, toLocale } from './locales'
export type { Locale } from './locales'

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

export function hasKey(key: string): key is DictionaryKey {
  return key in dictionaries[defaultLocale]
}
