import { describe, expect, it } from 'vitest'

import { letterCopy, offerCopy } from '../../src/letters/copy'

describe('copying to the next quarter', () => {
  const offer = {
    title: { da: 'Koncert', en: 'Concert' },
    description: { da: 'Aftenkoncert', en: null },
    howToRedeem: { da: 'Vis brevet.', en: 'Show the letter.' },
    target: { relationTo: 'venues', value: { id: 7, name: 'Forbrændingen' } },
    ticketsPerHousehold: 4,
    totalAvailable: 100,
  }

  it('makes an offer a fresh draft in the new quarter: validity left to default, available again', () => {
    const copy = offerCopy(offer, '2027-Q1')
    expect(copy.da).toEqual({
      quarter: '2027-Q1',
      title: 'Koncert',
      description: 'Aftenkoncert',
      howToRedeem: 'Vis brevet.',
      target: { relationTo: 'venues', value: 7 },
      ticketsPerHousehold: 4,
      totalAvailable: 100,
      status: 'available',
      _status: 'draft',
    })
    expect(copy.da).not.toHaveProperty('validFrom')
    expect(copy.en).toEqual({ title: 'Concert', howToRedeem: 'Show the letter.' })
  })

  it('keeps an offer without English without inventing any', () => {
    expect(offerCopy({ title: { da: 'Kun dansk' } }, '2027-Q2').en).toBeNull()
  })

  it('makes the letter a draft with the copied offers and no send date', () => {
    const greeting = { da: { root: { children: [] } }, en: { root: { children: [] } } }
    const copy = letterCopy(
      { greeting, signatureName: 'Steen', signatureTitle: { da: 'Borgmester', en: 'Mayor' } },
      '2027-Q1',
      [11, 12],
    )
    expect(copy.da).toEqual({
      quarter: '2027-Q1',
      greeting: greeting.da,
      signatureName: 'Steen',
      signatureTitle: 'Borgmester',
      offers: [11, 12],
      status: 'draft',
      sendDate: null,
    })
    expect(copy.en).toEqual({ greeting: greeting.en, signatureTitle: 'Mayor' })
  })
})
