import type { RoomBorrower } from '@velkomst/shared/vocabulary'

import { text, type Text } from './helpers'

export interface RoomSeed {
  name: Text
  description?: Text
  capacity?: number
  borrowers: RoomBorrower[]
  stepFree: boolean
  accessibilityNote?: Text
  /** Absent: free to borrow. */
  price?: Text
  booking: { url?: string; email?: string; phone?: string }
}

const everyone: RoomBorrower[] = ['associations', 'residents']

/**
 * Rooms to borrow ("lån af lokaler") at the culture house, the library, the community houses,
 * the village hall and the volunteer centre, by venue slug. Illustrative: names, sizes, prices and
 * booking addresses are made up for the demonstration.
 */
export const roomsByVenue: Record<string, RoomSeed[]> = {
  forbraendingen: [
    {
      name: text('Salen', 'The hall'),
      description: text(
        'Stor sal med scene, lyd og lys. Stole til 200.',
        'A large hall with a stage, sound and lighting. Chairs for 200.',
      ),
      capacity: 200,
      borrowers: ['associations'],
      stepFree: true,
      accessibilityNote: text('Teleslynge i salen.', 'A hearing loop in the hall.'),
      price: text(
        'Gratis for foreninger i Albertslund, ellers 2.500 kr. pr. dag.',
        'Free for associations in Albertslund, otherwise DKK 2,500 a day.',
      ),
      booking: { url: 'https://example.org/forbraendingen/lokaler', phone: '43 68 70 00' },
    },
    {
      name: text('Værkstedet', 'The workshop'),
      description: text(
        'Værksted med høvlebænke, symaskiner og 3D-printer.',
        'A workshop with workbenches, sewing machines and a 3D printer.',
      ),
      capacity: 16,
      borrowers: everyone,
      stepFree: true,
      booking: { email: 'vaerksted@example.org' },
    },
    {
      name: text('Mødelokale 2', 'Meeting room 2'),
      description: text(
        'Bord til 12, skærm og tavle.',
        'A table for 12, a screen and a whiteboard.',
      ),
      capacity: 12,
      borrowers: everyone,
      stepFree: true,
      booking: { url: 'https://example.org/forbraendingen/lokaler' },
    },
  ],
  'albertslund-bibliotek': [
    {
      name: text('Borgerrummet', 'The community room'),
      description: text(
        'Lyst rum ved indgangen til møder og små arrangementer. Kaffemaskine.',
        'A bright room by the entrance for meetings and small events. A coffee machine.',
      ),
      capacity: 40,
      borrowers: everyone,
      stepFree: true,
      accessibilityNote: text(
        'Teleslynge og handicaptoilet lige ved siden af.',
        'A hearing loop, and an accessible toilet next door.',
      ),
      booking: { url: 'https://example.org/bibliotek/book-et-lokale', phone: '43 68 71 00' },
    },
    {
      name: text('Grupperum', 'Study room'),
      description: text(
        'Til lektier, studiegrupper og små møder.',
        'For homework, study groups and small meetings.',
      ),
      capacity: 6,
      borrowers: ['residents'],
      stepFree: true,
      booking: { url: 'https://example.org/bibliotek/book-et-lokale' },
    },
  ],
  'hedemarkens-faelleshus': [
    {
      name: text('Salen med køkken', 'The hall with kitchen'),
      description: text(
        'Sal med storkøkken: fester, fællesspisning og møder.',
        'A hall with a large kitchen: parties, shared dinners and meetings.',
      ),
      capacity: 80,
      borrowers: everyone,
      stepFree: true,
      price: text(
        '500 kr. pr. døgn for beboere, gratis for foreninger.',
        'DKK 500 a day for residents, free for associations.',
      ),
      booking: { email: 'faelleshus@hedemarken.example.org', phone: '43 64 50 50' },
    },
    {
      name: text('Værkstedet', 'The workshop'),
      capacity: 10,
      borrowers: ['residents'],
      stepFree: false,
      accessibilityNote: text('Tre trin ned til kælderen.', 'Three steps down to the basement.'),
      booking: { email: 'faelleshus@hedemarken.example.org' },
    },
  ],
  'galgebakkens-faelleshus': [
    {
      name: text('Caféen', 'The café'),
      description: text(
        'Café med borde til 30 og et lille køkken.',
        'A café with tables for 30 and a small kitchen.',
      ),
      capacity: 30,
      borrowers: everyone,
      stepFree: true,
      price: text('250 kr. pr. aften.', 'DKK 250 an evening.'),
      booking: { phone: '43 64 20 20' },
    },
  ],
  'herstedoester-forsamlingshus': [
    {
      name: text('Store sal', 'The main hall'),
      description: text(
        'Landsbyens festsal med køkken og scene.',
        'The village’s party hall with a kitchen and a stage.',
      ),
      capacity: 120,
      borrowers: everyone,
      stepFree: false,
      accessibilityNote: text(
        'Ét trin ved indgangen; rampe kan lånes.',
        'One step at the entrance; a ramp can be borrowed.',
      ),
      price: text('1.800 kr. pr. døgn.', 'DKK 1,800 a day.'),
      booking: { url: 'https://example.org/forsamlingshus/udlejning' },
    },
  ],
  frivilligcentret: [
    {
      name: text('Mødelokalet', 'The meeting room'),
      description: text(
        'Til bestyrelsesmøder og kurser. Skærm, tavle og kaffe.',
        'For board meetings and courses. A screen, a whiteboard and coffee.',
      ),
      capacity: 20,
      borrowers: ['associations'],
      stepFree: true,
      booking: { email: 'frivillig@example.org', phone: '43 62 10 10' },
    },
  ],
}
