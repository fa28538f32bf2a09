import { formatPhone } from '@velkomst/shared/format'
import { useTranslations, type DictionaryKey, type Params } from '@velkomst/shared/i18n'
import { defaultLocale, localeDefinition, type Locale } from '@velkomst/shared/locales'
import type { LocalizedText } from '@velkomst/shared/schemas'

export type { DictionaryKey }

export interface Shown {
  text: string
  /** Set when the text is shown in another language than the page's (Danish fallback). */
  lang: string | undefined
}

/** The text in the page's language, or the Danish text marked `lang="da"` when none was written. */
export function shown(value: LocalizedText, locale: Locale): Shown {
  const own = locale === defaultLocale ? value.da : value.en
  if (own !== null && own.trim() !== '') return { text: own, lang: undefined }
  return { text: value.da, lang: localeDefinition(defaultLocale).htmlLang }
}

/** Plain text for attributes and titles, where no `lang` can be set. */
export const plain = (value: LocalizedText, locale: Locale) => shown(value, locale).text

export type Translate = (key: DictionaryKey, params?: Params) => string
export const translator = (locale: Locale): Translate => useTranslations(locale)

/** The keys that end in `.<form>`, without it. */
type Stem<Form extends string, Key = DictionaryKey> = Key extends `${infer S}.${Form}` ? S : never

/** A counted text's key without its form: both `<base>.one` and `<base>.other` exist. */
export type CountKey = Extract<Stem<'one'>, Stem<'other'>>

/** "1 forening" / "12 foreninger": `<base>.one` or `<base>.other` with `{count}`. */
const pluralRules = new Map<Locale, Intl.PluralRules>()

export function counted(t: Translate, locale: Locale, base: CountKey, count: number): string {
  let rules = pluralRules.get(locale)
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(localeDefinition(locale).intl)))
  const form = rules.select(count) === 'one' ? 'one' : 'other'
  return t(`${base}.${form}`, { count: count.toLocaleString(localeDefinition(locale).intl) })
}

/** "43 68 68 68" with no-break spaces, so a phone number never wraps across lines. */
export const phoneText = (value: string) => formatPhone(value).replaceAll(' ', '\u00a0')
