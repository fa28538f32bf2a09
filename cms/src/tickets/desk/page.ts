import { formatClock, formatShortDate } from '@velkomst/shared/format'
import { locales, translate, type Locale } from '@velkomst/shared/i18n'
import { localeDefinition } from '@velkomst/shared/locales'
import type { DictionaryKey, Params } from '@velkomst/shared/i18n'

/**
 * The ticket desk's page: one offer, what is left, big buttons for the usual numbers, a form for
 * another number or day, and the latest records with "Undo". Plain HTML that works without
 * JavaScript on any phone, in Danish or English, with errors summarised at the top and linked
 * to their fields, and what was typed kept.
 */
export interface DeskView {
  locale: Locale
  /** The page's own address without query (for the language links and the form). */
  action: string
  offer?: {
    title: string
    validFrom: string
    validTo: string
    total: number | null
    used: number
    perHousehold: number
  }
  /** A message at the top: done (green, a status) or a problem without a field (an alert). */
  notice?: { kind: 'done' | 'problem'; text: string; undo?: RecentRecord }
  /** Problems with fields, in order; each links to its field. */
  errors?: { field: 'count-other' | 'day'; text: string }[]
  /** What was typed, shown again after a refused submit. */
  typed?: { count?: string; day?: string }
  today: string
  recent?: RecentRecord[]
  /** Records younger than this can be undone from the desk. */
  undoMinutes: number
}

export interface RecentRecord {
  id: string
  count: number
  day: string
  createdAt: string
  undoable: boolean
}

const escape = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** The buttons a desk taps most: 1, 2, a household's tickets and twice that, within what is left. */
export function quickCounts(perHousehold: number, remaining: number | null, max = 50): number[] {
  const wanted = [1, 2, perHousehold, perHousehold * 2].filter((n) => n >= 1 && n <= max)
  return [...new Set(wanted)]
    .filter((n) => remaining === null || n <= remaining)
    .sort((a, b) => a - b)
}

export function deskHtml(view: DeskView): string {
  const { locale } = view
  const t = (key: DictionaryKey, params?: Params) => escape(translate(locale, key, params))
  const plural = new Intl.PluralRules(localeDefinition(locale).intl)
  const counted = (
    base: 'tickets.desk.record' | 'tickets.desk.recorded' | 'tickets.desk.recentItem',
    count: number,
    params = {},
  ) => t(`${base}.${plural.select(count) === 'one' ? 'one' : 'other'}`, { count, ...params })
  const other = locales.find((l) => l.code !== locale)!
  const offer = view.offer
  const remaining = offer && offer.total !== null ? Math.max(0, offer.total - offer.used) : null
  const soldOut = remaining === 0
  const errors = view.errors ?? []
  const errorFor = (field: string) => errors.find((e) => e.field === field)
  const described = (field: string) =>
    errorFor(field) ? ` aria-invalid="true" aria-describedby="${field}-error"` : ''

  const parts: string[] = []
  parts.push(`<!doctype html>
<html lang="${localeDefinition(locale).htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${errors.length ? `${t('tickets.desk.errorSummary')}: ` : ''}${offer ? `${escape(offer.title)} · ` : ''}${t('tickets.desk.title')}</title>
<style>${DESK_CSS}</style>
</head>
<body>
<header>
<p class="desk-name">${t('tickets.desk.title')}</p>
<a class="lang" href="${escape(view.action)}?lang=${other.code}" lang="${other.htmlLang}" hreflang="${other.htmlLang}">${escape(other.label)}</a>
</header>
<main>`)
  if (errors.length > 0) {
    parts.push(`<div class="summary" role="alert" tabindex="-1" autofocus aria-labelledby="summary-title">
<h2 id="summary-title">${t('tickets.desk.errorSummary')}</h2>
<ul>${errors.map((e) => `<li><a href="#${e.field}">${escape(e.text)}</a></li>`).join('')}</ul>
</div>`)
  }
  if (view.notice) {
    const n = view.notice
    parts.push(
      n.kind === 'done'
        ? `<div class="notice done" role="status"><p>${escape(n.text)}</p>${n.undo ? undoForm(view, n.undo, t) : ''}</div>`
        : `<div class="notice problem" role="alert"><p>${escape(n.text)}</p></div>`,
    )
  }
  if (offer) {
    parts.push(`<h1>${escape(offer.title)}</h1>
<p class="meta">${t('tickets.desk.valid', { from: formatShortDate(offer.validFrom, locale), to: formatShortDate(offer.validTo, locale) })}</p>
<p class="count">${
      offer.total === null
        ? t('tickets.desk.usedNoTotal', { used: offer.used })
        : t('tickets.desk.usedOfTotal', {
            used: offer.used,
            total: offer.total,
            remaining: remaining ?? 0,
          })
    }</p>`)
    if (soldOut) {
      parts.push(`<p class="notice done">${t('tickets.desk.soldOut')}</p>`)
    } else {
      const quick = quickCounts(offer.perHousehold, remaining)
      parts.push(`<form method="post" action="${escape(view.action)}?lang=${locale}" class="quick">
<h2>${t('tickets.desk.howMany')}</h2>
<input type="hidden" name="day" value="${escape(view.today)}">
<div class="buttons">${quick
        .map(
          (n) =>
            `<button type="submit" name="count" value="${n}">${counted('tickets.desk.record', n)}</button>`,
        )
        .join('')}</div>
</form>
<form method="post" action="${escape(view.action)}?lang=${locale}" class="other" novalidate>
<h2>${t('tickets.desk.other')}</h2>
<div class="field">
<label for="count-other">${t('tickets.desk.count')}</label>
${errorFor('count-other') ? `<p class="error" id="count-other-error">${escape(errorFor('count-other')!.text)}</p>` : ''}
<input id="count-other" name="other" type="number" inputmode="numeric" min="1" max="50" step="1" autocomplete="off" value="${escape(view.typed?.count ?? '')}"${described('count-other')}>
</div>
<div class="field">
<label for="day">${t('tickets.desk.day')}</label>
<p class="hint" id="day-hint">${t('tickets.desk.dayHint')}</p>
${errorFor('day') ? `<p class="error" id="day-error">${escape(errorFor('day')!.text)}</p>` : ''}
<input id="day" name="day" type="date" value="${escape(view.typed?.day ?? view.today)}" max="${escape(view.today)}"${errorFor('day') ? ' aria-invalid="true" aria-describedby="day-hint day-error"' : ' aria-describedby="day-hint"'}>
</div>
<button type="submit" name="count" value="other">${t('tickets.desk.submit')}</button>
</form>`)
    }
    const recent = view.recent ?? []
    parts.push(`<h2>${t('tickets.desk.recent')}</h2>`)
    parts.push(
      recent.length === 0
        ? `<p>${t('tickets.desk.noRecent')}</p>`
        : `<ul class="recent">${recent
            .map(
              (r) =>
                `<li><span>${counted('tickets.desk.recentItem', r.count, {
                  day: formatShortDate(r.day, locale),
                  time: formatClock(r.createdAt, locale),
                })}</span>${r.undoable ? undoForm(view, r, t) : ''}</li>`,
            )
            .join('')}</ul>`,
    )
    parts.push(`<p class="meta">${t('tickets.desk.private')}</p>`)
  }
  parts.push(`</main>
</body>
</html>`)
  return parts.join('\n')
}

function undoForm(
  view: DeskView,
  record: RecentRecord,
  t: (key: DictionaryKey, params?: Params) => string,
): string {
  return `<form method="post" action="${escape(view.action)}?lang=${view.locale}" class="undo">
<input type="hidden" name="undo" value="${escape(record.id)}">
<button type="submit" class="secondary" aria-label="${t('tickets.desk.undoLabel', { count: record.count, time: formatClock(record.createdAt, view.locale) })}">${t('tickets.desk.undo')}</button>
</form>`
}

const DESK_CSS = `
:root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#1b1f23;background:#fff;-webkit-text-size-adjust:100%}
*{box-sizing:border-box}body{margin:0;overflow-wrap:break-word}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding:.5rem 1rem;background:#f1f5f3;border-bottom:1px solid #c9d1d6}
.desk-name{margin:0;font-weight:700;color:#0b5d3b}
a{color:#0a4fa8}.lang{display:inline-block;padding:.6rem .25rem}
main{max-width:36rem;margin:0 auto;padding:0 1rem 2rem}
h1{font-size:1.6rem;line-height:1.2;margin:1rem 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.meta,.hint{color:#4a5259;margin:.25rem 0}
.count{font-size:1.2rem;font-weight:700}
.buttons{display:grid;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));gap:.75rem}
button{font:inherit;font-weight:700;min-height:3.25rem;padding:.5rem 1rem;border-radius:.4rem;border:2px solid #0b5d3b;background:#0b5d3b;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b5d3b;min-height:2.75rem}
:focus-visible{outline:3px solid #0a4fa8;outline-offset:2px}
.field{display:flex;flex-direction:column;gap:.25rem;margin-bottom:1rem}
label{font-weight:700}
input{font:inherit;min-height:3rem;padding:.4rem .6rem;border:2px solid #4a5259;border-radius:.3rem;max-width:100%}
input[aria-invalid=true]{border-color:#a3231b}
.error{color:#a3231b;font-weight:700;margin:0}
.summary{border:4px solid #a3231b;padding:.5rem 1rem;margin:1rem 0}.summary h2{margin-top:.25rem}
.notice{padding:.75rem 1rem;border-left:6px solid;margin:1rem 0}
.notice p{margin:0 0 .5rem}.notice p:last-child{margin:0}
.done{border-color:#0b5d3b;background:#e8f3ec}.problem{border-color:#a3231b;background:#fbeaea}
.recent{list-style:none;padding:0}.recent li{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;padding:.5rem 0;border-bottom:1px solid #c9d1d6}
.undo{margin:0}
`
