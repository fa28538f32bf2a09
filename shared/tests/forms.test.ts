import { describe, expect, it } from 'vitest'

import {
  cleanText,
  countLinks,
  fieldsOf,
  isPhoneNumber,
  readSubmission,
  renderForm,
  renderFormMain,
  renderPage,
  renderSent,
  type FieldError,
  type FormDefinition,
  type Values,
} from '../src/forms/index'
import { localeCodes } from '../src/i18n/locales'
import {
  AMBASSADORS,
  NEIGHBOURHOODS,
  ambassadorOptions,
  isActiveOn,
  neighbourhoodOptions,
  surveyForm,
  visitRequestForm,
} from '../src/newcomers/index'

const sources = {
  [NEIGHBOURHOODS]: [{ value: '7', label: 'Hedemarken' }],
  [AMBASSADORS]: [{ value: '3', label: 'Amina (Arabisk)' }],
}
const forms: FormDefinition[] = [visitRequestForm, surveyForm]
const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))

describe('reading a submission', () => {
  it("keeps the form's fields only, cleaned: trimmed, line breaks as \\n, no control characters", () => {
    const { values } = readSubmission(surveyForm, [
      ['hard', '  one\r\ntwo\u0007 '],
      ['reasonsOther', 'a\rb'],
      ['role', 'admin'],
      ['activities', 'sport'],
      ['activities', 'sport'],
      ['activities', 'culture'],
    ])
    expect(values.hard).toBe('one\ntwo')
    expect(values.reasonsOther).toBe('a\nb')
    expect(values.activities).toEqual(['sport', 'culture'])
    expect(values).not.toHaveProperty('role')
  })

  it('names the field with the reason, in the order of the form', () => {
    const { errors } = readSubmission(
      visitRequestForm,
      [
        ['email', 'not-an-email'],
        ['phone', 'abc'],
        ['language', 'xx'],
      ],
      sources,
    )
    expect(errors.map((e) => [e.field, e.key])).toEqual([
      ['name', 'ambassadors.form.name.required'],
      ['email', 'validation.email'],
      ['phone', 'forms.error.phone'],
      ['language', 'forms.error.choice'],
      ['consent', 'ambassadors.form.consent.required'],
    ])
  })

  it('refuses a choice that is not on the list, and forgets it', () => {
    const { values, errors } = readSubmission(visitRequestForm, [['neighbourhood', '99']], sources)
    expect(values.neighbourhood).toBe('')
    expect(errors.find((e) => e.field === 'neighbourhood')?.key).toBe('forms.error.choice')
  })

  it('refuses every text one character over its limit, and accepts it at the limit', () => {
    for (const form of forms) {
      for (const field of fieldsOf(form)) {
        if (!('maxLength' in field) || field.kind === 'email') continue
        const at = readSubmission(form, [[field.name, 'x'.repeat(field.maxLength)]], sources)
        expect(at.errors.find((e) => e.field === field.name)?.key).not.toBe('validation.tooLong')
        const over = readSubmission(form, [[field.name, 'x'.repeat(field.maxLength + 1)]], sources)
        expect(over.errors.find((e) => e.field === field.name)).toMatchObject({
          key: 'validation.tooLong',
          params: { max: field.maxLength, length: field.maxLength + 1 },
        })
      }
    }
  })

  it('counts web addresses in a text', () => {
    expect(countLinks('see https://a.dk and http://b.dk or www.c.dk')).toBe(3)
    expect(countLinks('no links, just e.g. and www')).toBe(0)
  })

  it('accepts phone numbers from anywhere, and nothing that is not one', () => {
    for (const ok of ['43 68 68 68', '+45 43686868', '+46 8 123 456 78', '(0044) 20-7946.0958'])
      expect(isPhoneNumber(ok), ok).toBe(true)
    for (const bad of ['1234567', '43 68 68 6x', '+45 43686868 ext 5', '1'.repeat(16)])
      expect(isPhoneNumber(bad), bad).toBe(false)
  })

  it('keeps a single-line text on one line', () => {
    expect(cleanText(' a\n b ', false)).toBe('a b')
  })

  it('asks the visit request for an email or a phone; the survey for one answer and consent to a kept email', () => {
    const visit = readSubmission(visitRequestForm, [['name', 'A']], sources)
    expect(visit.errors.find((e) => e.field === 'email')?.key).toBe(
      'ambassadors.form.error.contact',
    )
    expect(readSubmission(surveyForm, []).errors.map((e) => e.key)).toEqual([
      'survey.form.error.empty',
    ])
    expect(
      readSubmission(surveyForm, [
        ['tickets', 'used'],
        ['email', 'a@b.dk'],
      ]).errors.map((e) => e.field),
    ).toEqual(['contact'])
    expect(
      readSubmission(surveyForm, [
        ['tickets', 'used'],
        ['contact', 'yes'],
      ]).errors.map((e) => [e.field, e.key]),
    ).toEqual([['email', 'survey.form.email.required']])
  })
})

describe('rendering a form', () => {
  const everyError = (form: FormDefinition): FieldError[] =>
    fieldsOf(form).map((f) => ({ field: f.name, key: 'forms.error.required' }))

  it.each(forms.flatMap((form) => localeCodes.map((locale) => [form.id, locale, form] as const)))(
    '%s (%s): every error in the summary links to its field, which points back to it',
    (_id, locale, form) => {
      const html = renderForm(form, {
        locale,
        action: 'https://cms.example/api/forms/x',
        errors: everyError(form),
        sources,
      })
      const present = ids(html)
      for (const field of fieldsOf(form)) {
        const id = `${form.id}-${field.name}`
        expect(html, id).toContain(`<a href="#${id}">`)
        expect(present.has(id), id).toBe(true)
        expect(present.has(`${id}-error`), id).toBe(true)
        const control = new RegExp(`aria-describedby="[^"]*${id}-error[^"]*"`)
        expect(html, id).toMatch(control)
      }
      for (const ref of [...html.matchAll(/aria-(?:describedby|labelledby)="([^"]+)"/g)]) {
        for (const id of ref[1]!.split(' ')) expect(present.has(id), id).toBe(true)
      }
      for (const label of [...html.matchAll(/<label[^>]* for="([^"]+)"/g)]) {
        expect(present.has(label[1]), label[1]).toBe(true)
      }
    },
  )

  it('shows every value again, escaped, whatever was typed', () => {
    const nasty = `<script>alert("x")</script> & 'æøå' "`
    for (const form of forms) {
      const values: Values = Object.fromEntries(
        fieldsOf(form)
          .filter((f) => 'maxLength' in f)
          .map((f) => [f.name, nasty]),
      )
      const html = renderForm(form, { locale: 'da', action: '/x', values, sources })
      expect(html).not.toContain('<script>')
      const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;æøå&#39; &quot;'
      const count = html.split(escaped).length - 1
      expect(count).toBe(Object.keys(values).length)
    }
  })

  it('marks the chosen choices, and no others', () => {
    const html = renderForm(visitRequestForm, {
      locale: 'en',
      action: '/x',
      values: { language: 'ar', household: 'senior', neighbourhood: '7', consent: 'yes' },
      sources,
    })
    expect(html.match(/ selected/g)).toHaveLength(2)
    expect(html.match(/ checked/g)).toHaveLength(2)
    expect(html).toMatch(/value="senior" checked/)
  })

  it('writes the honeypot out of sight and out of the tab order', () => {
    const html = renderForm(surveyForm, { locale: 'da', action: '/x' })
    expect(html).toMatch(
      /<div class="form-trap" aria-hidden="true">.*name="website" type="text" tabindex="-1" autocomplete="off"/,
    )
  })

  it('fills in the settings: municipality and retention period', () => {
    const html = renderFormMain(visitRequestForm, {
      locale: 'da',
      action: '/x',
      params: { municipality: 'Albertslund Kommune', days: 180 },
    })
    expect(html).toContain('Kun medarbejdere i Albertslund Kommune')
    expect(html).toContain('Vi sletter det 180 dage efter')
    expect(html).not.toMatch(/\{\w+\}/)
  })

  it("writes a whole page for the CMS with the site's stylesheet, language and contact", () => {
    const page = renderPage(
      {
        locale: 'en',
        title: 'Error: X',
        siteName: 'Vild med Albertslund',
        siteUrl: 'https://site.example',
        route: ['survey'],
        stylesheet: 'https://site.example/forms.css',
        municipality: 'Albertslund Kommune',
        phone: '43686868',
        email: 'a@b.dk',
      },
      renderSent(surveyForm, { locale: 'en' }),
    )
    expect(page).toMatch(/^<!doctype html><html lang="en"/)
    expect(page).toContain('<link rel="stylesheet" href="https://site.example/forms.css">')
    expect(page).toContain('href="https://site.example/fortael-os/" lang="da"')
    expect(page).toContain(
      'href="https://site.example/en/tell-us/" lang="en" hreflang="en" aria-current="true"',
    )
    expect(page).toContain('<a href="tel:+4543686868">43&nbsp;68&nbsp;68&nbsp;68</a>')
    expect(page).toContain('Thank you for your answers')
  })
})

describe('the choices from content', () => {
  it('are the same on the site and in the CMS: neighbourhoods only, ambassadors active that day', () => {
    expect(
      neighbourhoodOptions(
        [
          { id: 2, kind: 'neighbourhood', name: { da: 'Hyldespjældet', en: null } },
          { id: 1, kind: 'neighbourhood', name: { da: 'Hedemarken', en: 'Hedemarken' } },
          { id: 3, kind: 'interest', name: { da: 'Skak', en: 'Chess' } },
        ],
        'en',
      ),
    ).toEqual([
      { value: '1', label: 'Hedemarken', lang: undefined },
      { value: '2', label: 'Hyldespjældet', lang: 'da' },
    ])
    const options = ambassadorOptions(
      [
        { id: 1, name: 'Bo', languages: ['en', 'da'], from: null, to: '2026-03-31' },
        { id: 2, name: 'Amina', languages: ['ar'], from: '2026-01-01', to: null },
        { id: 3, name: 'Carl', languages: [], from: '2026-04-01', to: null },
      ],
      'da',
      '2026-03-31',
    )
    expect(options).toEqual([
      { value: '2', label: 'Amina (Arabisk)' },
      { value: '1', label: 'Bo (Dansk, Engelsk)' },
    ])
    expect(isActiveOn({ from: null, to: '2026-03-31' }, '2026-04-01')).toBe(false)
  })
})
