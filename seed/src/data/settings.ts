export const settings = {
  da: {
    siteName: 'Vild med Albertslund',
    tagline: 'En genvej til dit nye liv',
    municipalityName: 'Albertslund Kommune',
    contactPhone: '43 68 68 68',
    contactEmail: 'albertslund@albertslund.dk',
    accessibilityStatementUrl: 'https://www.was.digst.dk/albertslund-dk',
    showDemoNotice: true,
  },
  en: {
    siteName: 'Vild med Albertslund',
    tagline: 'A shortcut to your new life',
  },
}
