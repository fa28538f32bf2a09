import { describe, expect, it } from 'vitest'

import { areas, dictionaries, labels, useTranslations, vocabularyKey } from '../src/i18n/index'
import { locales, toLocale } from '../src/i18n/locales'
import * as newcomers from '../src/newcomers/vocabulary'
import * as vocabulary from '../src/vocabulary'

const { da, en } = dictionaries

describe('dictionaries', () => {
  it('have the same keys in Danish and English, area by area', () => {
    for (const [name, area] of Object.entries(areas)) {
      expect(Object.keys(area.en).sort(), name).toEqual(Object.keys(area.da).sort())
    }
  })

  it('give each key to one area only', () => {
    const seen = new Map<string, string>()
    for (const [name, area] of Object.entries(areas)) {
      for (const key of Object.keys(area.da)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined()
        seen.set(key, name)
      }
    }
    expect(seen.size).toBe(Object.keys(da).length)
  })

  it('have no empty strings', () => {
    for (const [k, v] of [...Object.entries(da), ...Object.entries(en)])
      expect(v.trim(), k).not.toBe('')
  })

  it('use the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
    for (const k of Object.keys(da) as (keyof typeof da)[]) {
      expect(placeholders(en[k]), k).toEqual(placeholders(da[k]))
    }
  })

  it('label every value of every vocabulary used in a select', () => {
    const lists: [readonly string[], string][] = [
      [vocabulary.roles, 'role'],
      [vocabulary.audiences, 'audience'],
      [vocabulary.categoryGroups, 'categoryGroup'],
      [vocabulary.communityKinds, 'communityKind'],
      [vocabulary.waysToTakePart, 'wayToTakePart'],
      [vocabulary.associationStatuses, 'associationStatus'],
      [vocabulary.eventStatuses, 'eventStatus'],
      [vocabulary.offerStatuses, 'offerStatus'],
      [vocabulary.pageKinds, 'pageKind'],
      [vocabulary.mapFeatureKinds, 'mapFeatureKind'],
      [vocabulary.weekdays, 'weekday'],
      [vocabulary.spokenLanguages, 'language'],
      [vocabulary.recurrenceFrequencies, 'recurrenceFrequency'],
      [vocabulary.monthlyModes, 'monthlyMode'],
      [newcomers.visitStatuses, 'visitStatus'],
      [newcomers.households, 'household'],
      [newcomers.contactPreferences, 'contactPreference'],
      [newcomers.surveyReasons, 'surveyReason'],
      [newcomers.surveyHeardFrom, 'surveyHeardFrom'],
      [newcomers.surveyExpectations, 'surveyExpectation'],
      [newcomers.surveyActivities, 'surveyActivity'],
      [newcomers.surveyTickets, 'surveyTickets'],
      [vocabulary.checklistGroups, 'checklistGroup'],
      [vocabulary.wasteFractions, 'wasteFraction'],
      [vocabulary.wasteDisposals, 'wasteDisposal'],
      [vocabulary.redemptionSources, 'redemptionSource'],
      [vocabulary.roomBorrowers, 'roomBorrower'],
    ]
    for (const [list, prefix] of lists) {
      for (const value of list)
        expect(da, `vocab.${prefix}.${value}`).toHaveProperty([`vocab.${prefix}.${value}`])
    }
  })
})

describe('vocabularyKey', () => {
  it('names the label of a vocabulary value, and only one that has a label', () => {
    expect(vocabularyKey('audience', vocabulary.audiences[0])).toBe('vocab.audience.families')
    // @ts-expect-error no such value: a type error, and never a key to fall back on
    expect(() => vocabularyKey('audience', 'everyone')).toThrow('vocab.audience.everyone')
  })
})

describe('useTranslations', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('da')
    expect(t('validation.tooLong', { max: 10, length: 12 })).toBe(
      'Teksten er for lang: 12 tegn, højst 10.',
    )
    expect(t('validation.tooLong')).toContain('{max}')
  })

  it('gives Payload-style labels in every language', () => {
    expect(labels('cms.collection.events.plural')).toEqual({ da: 'Arrangementer', en: 'Events' })
  })
})

describe('locale table', () => {
  it('has Danish first as the default at the root and English under /en', () => {
    expect(locales.map((l) => [l.code, l.pathPrefix])).toEqual([
      ['da', ''],
      ['en', 'en'],
    ])
    expect(toLocale('en-US')).toBe('en')
    expect(toLocale('de')).toBe('da')
  })
})
