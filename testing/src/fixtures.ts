/** Lexical's state for one paragraph of text (what the admin's rich-text editor saves). */
export const lexicalParagraph = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [
          { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/** The smallest valid document of each kind, for tests to build on. */
export const valid = {
  community: (n = 1) => ({ name: `Fællesskab ${n}`, kind: 'neighbourhood' as const }),
  category: (n = 1) => ({ name: `Kategori ${n}`, group: 'activity' as const }),
  venue: (n = 1) => ({
    name: `Sted ${n}`,
    address: { street: `Vej ${n}`, postcode: '2620', city: 'Albertslund' },
  }),
  association: (n = 1) => ({
    name: `Forening ${n}`,
    summary: `Foreningen nummer ${n}.`,
    status: 'active' as const,
  }),
  event: (organizer: number, n = 1) => ({
    title: `Arrangement ${n}`,
    summary: `Arrangement nummer ${n}.`,
    start: '2026-12-01T17:00:00.000Z',
    start_tz: 'Europe/Copenhagen' as const,
    end: '2026-12-01T19:00:00.000Z',
    end_tz: 'Europe/Copenhagen' as const,
    placeText: 'Store Torv',
    organizers: [organizer],
    status: 'scheduled' as const,
    price: { free: true },
  }),
  ticketOffer: (n = 1) => ({
    quarter: '2026-Q4',
    title: `Fribillet ${n}`,
    howToRedeem: 'Vis brevet i billetlugen.',
    ticketsPerHousehold: 2,
    status: 'available' as const,
  }),
  page: (n = 1) => ({ title: `Side ${n}`, kind: 'guide' as const }),
  story: (association: number, n = 1) => ({
    title: `Historie ${n}`,
    summary: `Den gode historie nummer ${n}.`,
    body: lexicalParagraph(`Det skete i Albertslund, nummer ${n}.`),
    publishedOn: '2026-11-01T12:00:00.000Z',
    associations: [association],
  }),
}
