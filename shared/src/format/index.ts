import { localeDefinition, timeZone, type Locale } from '../i18n/locales'
import { dateKey, toInstant, zonedParts } from '../time'

type DateInput = Date | string | number

const cache = new Map<string, Intl.DateTimeFormat>()
function dtf(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(localeDefinition(locale).intl, { timeZone, ...options })
    cache.set(key, f)
  }
  return f
}

const numberFormats = new Map<string, Intl.NumberFormat>()
/** A number format, made once (making one costs more than formatting with it). */
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options)
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(localeDefinition(locale).intl, options)
    numberFormats.set(key, f)
  }
  return f
}

/**
 * Long date. Danish: "mandag den 1. juni 2026"; English: "Monday 1 June 2026".
 */
export function formatDate(value: DateInput, locale: Locale): string {
  // The same few hundred days are written on thousands of pages: each once per language.
  const key = `${locale}${dateKey(value)}`
  let text = longDates.get(key)
  if (text === undefined) {
    if (longDates.size > 20_000) longDates.clear()
    text = formatLongDate(value, locale)
    longDates.set(key, text)
  }
  return text
}
const longDates = new Map<string, string>()

function formatLongDate(value: DateInput, locale: Locale): string {
  const parts = dtf(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(toInstant(value))
  if (locale === 'da') return parts.map((p) => p.value).join('')
  // en-GB puts a comma after the weekday; the house style has none.
  return parts
    .filter((p, i) => !(p.type === 'literal' && parts[i - 1]?.type === 'weekday'))
    .map((p) => (p.type === 'weekday' ? `${p.value} ` : p.value))
    .join('')
}

/** Short numeric date: "1.6.2026" (da), "1/6/2026" is never used; English "1 Jun 2026". */
export function formatShortDate(value: DateInput, locale: Locale): string {
  if (locale === 'da') {
    const p = zonedParts(value)
    return `${p.day}.${p.month}.${p.year}`
  }
  return dtf(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(toInstant(value))
}

/** Clock time: "17.00" (da), "17:00" (en). Always 24-hour. */
export function formatClock(value: DateInput, locale: Locale): string {
  const p = zonedParts(value)
  const sep = locale === 'da' ? '.' : ':'
  return `${String(p.hour).padStart(2, '0')}${sep}${String(p.minute).padStart(2, '0')}`
}

/** Time as written in running text: "kl. 17.00" (da), "17:00" (en). */
export function formatTime(value: DateInput, locale: Locale): string {
  return locale === 'da' ? `kl. ${formatClock(value, 'da')}` : formatClock(value, 'en')
}

/** "mandag den 1. juni 2026 kl. 17.00" / "Monday 1 June 2026, 17:00". */
export function formatDateTime(value: DateInput, locale: Locale): string {
  return locale === 'da'
    ? `${formatDate(value, 'da')} ${formatTime(value, 'da')}`
    : `${formatDate(value, 'en')}, ${formatTime(value, 'en')}`
}

const sameDay = (a: DateInput, b: DateInput) => {
  const x = zonedParts(a)
  const y = zonedParts(b)
  return x.year === y.year && x.month === y.month && x.day === y.day
}

/**
 * A time span. Same day: "mandag den 1. juni 2026, kl. 17.00–19.30";
 * across days: "… kl. 22.00 – tirsdag den 2. juni 2026 kl. 02.00". En dash throughout.
 */
export function formatRange(
  start: DateInput,
  end: DateInput | null | undefined,
  locale: Locale,
  options: { allDay?: boolean } = {},
): string {
  if (options.allDay) {
    if (!end || sameDay(start, end)) return formatDate(start, locale)
    return `${formatDate(start, locale)} – ${formatDate(end, locale)}`
  }
  if (!end) return formatDateTime(start, locale)
  if (sameDay(start, end)) {
    const clock = `${formatClock(start, locale)}–${formatClock(end, locale)}`
    return locale === 'da'
      ? `${formatDate(start, 'da')}, kl. ${clock}`
      : `${formatDate(start, 'en')}, ${clock}`
  }
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`
}

/** "1.234,5" (da), "1,234.5" (en). */
export function formatNumber(value: number, locale: Locale): string {
  return nf(locale, { maximumFractionDigits: 2 }).format(value)
}

/**
 * Price in Danish kroner. 0 or null with `free` -> "Gratis"/"Free";
 * 150 -> "150 kr." (da) / "DKK 150" (en); 37.5 -> "37,50 kr.".
 */
export function formatPrice(amount: number | null | undefined, locale: Locale): string {
  if (amount === null || amount === undefined || amount === 0) {
    return locale === 'da' ? 'Gratis' : 'Free'
  }
  const whole = Number.isInteger(amount)
  return nf(locale, {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(amount)
}

/** Digits of a Danish number without +45, or null if it is not one. */
export function danishPhoneDigits(value: string): string | null {
  const compact = value.replace(/[\s().-]/g, '')
  const m = /^(?:\+45|0045)?(\d{8})$/.exec(compact)
  return m ? (m[1] as string) : null
}

/** "43 68 68 68" for a Danish number; anything else is shown as entered. */
export function formatPhone(value: string): string {
  const digits = danishPhoneDigits(value)
  return digits ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : value.trim()
}

/** `tel:+4543686868`; international numbers keep their own country code. */
export function phoneHref(value: string): string {
  const digits = danishPhoneDigits(value)
  if (digits) return `tel:+45${digits}`
  return `tel:${value.replace(/[^\d+]/g, '')}`
}
