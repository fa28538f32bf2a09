/**
 * The one HTML renderer of the public forms. The site puts its output into its pages at build
 * time; the CMS answers with the same output when a submission is refused (and the browser ran
 * no script), so the form a person corrects is the form they filled in. Plain strings, no
 * framework: both sides can use it, and everything written into it is escaped here.
 */
import { formatPhone, phoneHref } from '../format/index'
import { useTranslations, type DictionaryKey, type Params } from '../i18n/index'
import { localeDefinition, locales, type Locale } from '../i18n/locales'
import { href, type Route } from '../routes'
import { attributes, escapeHtml } from './html'
import { HONEYPOT_FIELD, LOCALE_FIELD, TOKEN_FIELD } from './read'
import type { FieldError, FormDefinition, FormField, Option, Values } from './types'

/** Why the form is shown again without field errors. */
export type FormNotice = 'check' | 'limited' | 'unavailable'

export interface FormState {
  locale: Locale
  /** Where the form posts: the CMS's `/api/forms/<id>`, absolute. */
  action: string
  values?: Values
  errors?: FieldError[]
  /** The signed time the form was opened; empty on the static page (a script fetches one). */
  token?: string
  /** Choices the site and the CMS supply (communities, ambassadors …), in the page's language. */
  sources?: Record<string, Option[]>
  notice?: FormNotice
  /** Filled into every text: e.g. `{municipality}`, `{phone}`, `{days}`. */
  params?: Params
  /** The site's address for links on a page the CMS answers with; '' on the site itself. */
  siteUrl?: string
  /**
   * Values the form carries that the person does not fill in (e.g. the signed key of the
   * submission being corrected): written as hidden inputs, read by the form's CMS side.
   */
  hidden?: Record<string, string>
}

const t = (locale: Locale, params?: Params) => {
  const translate = useTranslations(locale)
  return (key: DictionaryKey, extra?: Params) => escapeHtml(translate(key, { ...params, ...extra }))
}

/** The id of a field's control (the first one of a group), which the error summary links to. */
export const fieldId = (form: FormDefinition, field: string) => `${form.id}-${field}`

const siteHref = (state: Pick<FormState, 'locale' | 'siteUrl'>, route: Route) =>
  `${state.siteUrl ?? ''}${href(state.locale, route)}`

function optionsOf(field: Extract<FormField, { choices: unknown }>, state: FormState): Option[] {
  if ('list' in field.choices) {
    const translate = useTranslations(state.locale)
    return field.choices.list.map((c) => ({ value: c.value, label: translate(c.label) }))
  }
  return state.sources?.[field.choices.source] ?? []
}

function errorSummary(form: FormDefinition, state: FormState): string {
  const errors = state.errors ?? []
  if (errors.length === 0) return ''
  const tr = t(state.locale, state.params)
  const id = `${form.id}-errors`
  const items = errors
    .map((e) => {
      const message = tr(e.key, e.params)
      return e.field
        ? `<li><a href="#${fieldId(form, e.field)}">${message}</a></li>`
        : `<li>${message}</li>`
    })
    .join('')
  return (
    `<div class="error-summary" id="${id}" role="alert" aria-labelledby="${id}-title" tabindex="-1" data-focus autofocus>` +
    `<h2 class="error-summary__title" id="${id}-title">${tr('forms.errorSummary.title')}</h2>` +
    `<ul class="error-summary__list">${items}</ul></div>`
  )
}

function notice(form: FormDefinition, state: FormState): string {
  if (!state.notice) return ''
  const tr = t(state.locale, state.params)
  const id = `${form.id}-notice`
  const role = state.notice === 'check' ? 'status' : 'alert'
  return (
    `<div class="form-notice form-notice--${state.notice}" id="${id}" role="${role}" aria-labelledby="${id}-title" tabindex="-1" data-focus autofocus>` +
    `<h2 class="form-notice__title" id="${id}-title">${tr(`forms.notice.${state.notice}.title`)}</h2>` +
    `<p>${tr(`forms.notice.${state.notice}.text`)}</p></div>`
  )
}

function label(field: FormField, state: FormState): string {
  const tr = t(state.locale, state.params)
  const optional = field.required || field.kind === 'checkbox' ? '' : ` ${tr('forms.optional')}`
  return `${tr(field.label)}${optional ? `<span class="form-optional">${optional}</span>` : ''}`
}

function renderField(form: FormDefinition, field: FormField, state: FormState): string {
  const tr = t(state.locale, state.params)
  const id = fieldId(form, field.name)
  const error = state.errors?.find((e) => e.field === field.name)
  const value = state.values?.[field.name]
  const hint = field.hint ? `<p class="form-hint" id="${id}-hint">${tr(field.hint)}</p>` : ''
  const errorText = error
    ? `<p class="form-error" id="${id}-error"><span class="visually-hidden">${tr('forms.errorPrefix')}</span> ${tr(error.key, error.params)}</p>`
    : ''
  const describedBy =
    [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined
  const wrap = (inner: string) =>
    `<div class="form-field${error ? ' form-field--error' : ''}">${inner}</div>`
  const invalid = error ? 'true' : undefined
  const text = typeof value === 'string' ? value : ''

  switch (field.kind) {
    case 'text':
    case 'email':
    case 'tel':
    case 'url':
    case 'date':
    case 'time':
      return wrap(
        `<label class="form-label" for="${id}">${label(field, state)}</label>${hint}${errorText}` +
          `<input${attributes({
            class: `form-input${field.kind === 'text' && !field.inputMode ? '' : ' form-input--short'}`,
            id,
            name: field.name,
            type: field.kind,
            value: text,
            autocomplete: field.autocomplete,
            inputmode: field.inputMode,
            spellcheck: field.kind === 'text' ? undefined : 'false',
            required: field.required,
            'aria-describedby': describedBy,
            'aria-invalid': invalid,
          })}>`,
      )
    case 'textarea':
      return wrap(
        `<label class="form-label" for="${id}">${label(field, state)}</label>${hint}${errorText}` +
          `<textarea${attributes({
            class: 'form-textarea',
            id,
            name: field.name,
            rows: field.rows ?? 5,
            required: field.required,
            'aria-describedby': describedBy,
            'aria-invalid': invalid,
          })}>${escapeHtml(text)}</textarea>`,
      )
    case 'select': {
      const options = optionsOf(field, state)
      const empty = field.emptyLabel ? `<option value="">${tr(field.emptyLabel)}</option>` : ''
      return wrap(
        `<label class="form-label" for="${id}">${label(field, state)}</label>${hint}${errorText}` +
          `<select${attributes({
            class: 'form-select',
            id,
            name: field.name,
            required: field.required,
            'aria-describedby': describedBy,
            'aria-invalid': invalid,
          })}>${empty}${options
            .map(
              (o) =>
                `<option${attributes({ value: o.value, lang: o.lang, selected: o.value === text })}>${escapeHtml(o.label)}</option>`,
            )
            .join('')}</select>`,
      )
    }
    case 'radios':
    case 'checkboxes': {
      const type = field.kind === 'radios' ? 'radio' : 'checkbox'
      const chosen = new Set(Array.isArray(value) ? value : text ? [text] : [])
      const choices = optionsOf(field, state)
        .map((o, i) => {
          const choiceId = i === 0 ? id : `${id}-${i + 1}`
          return `<div class="form-choice"><input${attributes({
            class: 'form-choice__input',
            id: choiceId,
            name: field.name,
            type,
            value: o.value,
            checked: chosen.has(o.value),
          })}><label${attributes({ class: 'form-choice__label', for: choiceId, lang: o.lang })}>${escapeHtml(o.label)}</label></div>`
        })
        .join('')
      return wrap(
        `<fieldset${attributes({
          class: 'form-fieldset',
          'aria-describedby': describedBy,
          'aria-invalid': invalid,
        })}><legend class="form-legend">${label(field, state)}</legend>${hint}${errorText}` +
          `<div class="form-choices form-choices--${type}">${choices}</div></fieldset>`,
      )
    }
    case 'checkbox':
      return wrap(
        `${hint}${errorText}<div class="form-choice"><input${attributes({
          class: 'form-choice__input',
          id,
          name: field.name,
          type: 'checkbox',
          value: 'yes',
          checked: text === 'yes',
          required: field.required,
          'aria-describedby': describedBy,
          'aria-invalid': invalid,
        })}><label class="form-choice__label" for="${id}">${label(field, state)}</label></div>`,
      )
  }
}

/** What is stored, why, who sees it and how long, with the link to the privacy page. */
export function renderConsent(form: FormDefinition, state: FormState): string {
  const tr = t(state.locale, state.params)
  const id = `${form.id}-privacy`
  return (
    `<section class="form-consent" aria-labelledby="${id}"><h2 id="${id}">${tr('forms.consent.heading')}</h2>` +
    form.consent.map((key) => `<p>${tr(key)}</p>`).join('') +
    `<p><a href="${escapeHtml(siteHref(state, ['privacy']))}">${tr('forms.consent.privacyLink')}</a></p></section>`
  )
}

/** The `<form>`: error summary or notice, the fields, the consent text and the send button. */
export function renderForm(form: FormDefinition, state: FormState): string {
  const tr = t(state.locale, state.params)
  const sections = form.sections
    .map((section, i) => {
      const headingId = `${form.id}-section-${i + 1}`
      const heading = section.heading
        ? `<h2 class="form-section__heading" id="${headingId}">${tr(section.heading)}</h2>`
        : ''
      const intro =
        (section.consent ? renderConsent(form, state) : '') +
        (section.intro ? `<p>${tr(section.intro)}</p>` : '')
      const fields = section.fields.map((f) => renderField(form, f, state)).join('')
      return section.heading
        ? `<section class="form-section" aria-labelledby="${headingId}">${heading}${intro}${fields}</section>`
        : `${intro}${fields}`
    })
    .join('')
  const trap =
    `<div class="form-trap" aria-hidden="true"><label for="${form.id}-${HONEYPOT_FIELD}">${tr('forms.honeypot')}</label>` +
    `<input id="${form.id}-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" value=""></div>`
  return (
    `<form${attributes({
      class: 'public-form',
      id: `${form.id}-form`,
      method: 'post',
      action: state.action,
      'accept-charset': 'utf-8',
      novalidate: true,
      'data-form': form.id,
    })}>` +
    errorSummary(form, state) +
    notice(form, state) +
    `<input type="hidden" name="${TOKEN_FIELD}" value="${escapeHtml(state.token ?? '')}">` +
    `<input type="hidden" name="${LOCALE_FIELD}" value="${state.locale}">` +
    Object.entries(state.hidden ?? {})
      .map(([name, value]) => `<input${attributes({ type: 'hidden', name, value })}>`)
      .join('') +
    trap +
    sections +
    (form.sections.some((s) => s.consent) ? '' : renderConsent(form, state)) +
    `<div class="form-actions"><button type="submit" class="button">${tr(form.submit)}</button></div>` +
    `</form>`
  )
}

/** The page's content: heading, introduction and the form. */
export function renderFormMain(form: FormDefinition, state: FormState): string {
  const tr = t(state.locale, state.params)
  return (
    `<h1>${tr(form.title)}</h1>` +
    (form.intro ?? [])
      .map((key, i) => `<p${i === 0 ? ' class="lead"' : ''}>${tr(key)}</p>`)
      .join('') +
    renderForm(form, state)
  )
}

/** The confirmation: what happens now. The static page shows it; so does a form sent in place. */
export function renderSent(
  form: FormDefinition,
  state: Pick<FormState, 'locale' | 'params' | 'siteUrl'>,
  { headingLevel = 1 }: { headingLevel?: 1 | 2 } = {},
): string {
  const tr = t(state.locale, state.params)
  const h = `h${headingLevel}`
  return (
    `<${h} class="form-sent__title" id="${form.id}-sent" tabindex="-1" data-focus>${tr(form.sent.title)}</${h}>` +
    form.sent.paragraphs.map((key) => `<p>${tr(key)}</p>`).join('') +
    `<ul class="form-sent__links">` +
    [...(form.sent.links ?? []), { label: 'forms.sent.home' as const, route: [] }]
      .map((l) => `<li><a href="${escapeHtml(siteHref(state, l.route))}">${tr(l.label)}</a></li>`)
      .join('') +
    `</ul>`
  )
}

/** The title of a form's page, prefixed "Fejl:" / "Error:" when it comes back refused. */
export function formPageTitle(form: FormDefinition, state: Pick<FormState, 'locale' | 'errors'>) {
  const translate = useTranslations(state.locale)
  const title = translate(form.title)
  return state.errors?.length ? `${translate('forms.errorPrefix')} ${title}` : title
}

export interface PageShell {
  locale: Locale
  title: string
  siteName: string
  siteUrl: string
  /** The route of the page in every language (the language switch). */
  route: Route
  /** The site's stylesheet for these pages. */
  stylesheet: string
  municipality: string
  phone: string
  email: string
}

/**
 * A whole page around a form, for the CMS's answers: the site's stylesheet, a skip link, the
 * site's name and language switch, and its contact footer, in the page's language.
 */
export function renderPage(shell: PageShell, main: string): string {
  const tr = t(shell.locale)
  const lang = localeDefinition(shell.locale).htmlLang
  const switcher = locales
    .map((l) => {
      const path = `${shell.siteUrl}${href(l.code, shell.route)}`
      return `<li><a${attributes({
        href: path,
        lang: l.htmlLang,
        hreflang: l.htmlLang,
        'aria-current': l.code === shell.locale ? 'true' : undefined,
      })}>${escapeHtml(l.label)}</a></li>`
    })
    .join('')
  return (
    `<!doctype html><html lang="${lang}" dir="ltr"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex">` +
    `<title>${escapeHtml(shell.title)} · ${escapeHtml(shell.siteName)}</title>` +
    `<link rel="stylesheet" href="${escapeHtml(shell.stylesheet)}"></head><body>` +
    `<a class="skip-link" href="#main">${tr('site.skipLink')}</a>` +
    `<header class="site-header"><div class="wrap header-row">` +
    `<a class="site-name" href="${escapeHtml(`${shell.siteUrl}${href(shell.locale, [])}`)}">${escapeHtml(shell.siteName)}</a>` +
    `<nav class="lang-switch" aria-label="${tr('site.languageSwitch')}"><ul>${switcher}</ul></nav>` +
    `</div></header>` +
    `<main id="main" tabindex="-1"><div class="wrap form-page">${main}</div></main>` +
    `<footer class="site-footer"><div class="wrap footer-grid"><section aria-labelledby="footer-contact">` +
    `<h2 id="footer-contact">${tr('site.footer.contact')}</h2><p>${escapeHtml(shell.municipality)}</p>` +
    `<ul class="plain"><li>${tr('site.footer.phone')}: <a href="${escapeHtml(phoneHref(shell.phone))}">${escapeHtml(formatPhone(shell.phone)).replaceAll(' ', '&nbsp;')}</a></li>` +
    `<li>${tr('site.footer.email')}: <a href="mailto:${escapeHtml(shell.email)}">${escapeHtml(shell.email)}</a></li></ul>` +
    `</section></div></footer></body></html>`
  )
}
