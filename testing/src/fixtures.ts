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
}
