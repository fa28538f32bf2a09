export const settings = {
  da: {
    siteName: 'Vild med Albertslund',
    tagline: 'En genvej til dit nye liv',
    municipalityName: 'Albertslund Kommune',
    contactPhone: '43 68 68 68',
    contactEmail: 'albertslund@albertslund.dk',
    accessibilityStatementUrl: 'https://www.was.digst.dk/albertslund-dk',
    showDemoNotice: true,
    // Illustrative addresses on the municipality's own site (Danish only, so English readers are
    // told the page is in Danish).
    links: {
      municipalityWelcome: 'https://albertslund.dk/velkommen',
      wasteCalendar: 'https://albertslund.dk/affald/toemmekalender',
      bulkyWaste: 'https://albertslund.dk/affald/storskrald',
    },
  },
  en: {
    siteName: 'Vild med Albertslund',
    tagline: 'A shortcut to your new life',
  },
}
