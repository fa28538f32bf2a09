/**
 * The demo's accounts. Their passwords are public (README, `npm start` prints them): they work
 * only in a demonstration (VELKOMST_DEMO=true, or outside production). In production the CMS
 * refuses them as a new password and at sign-in, and the dashboard warns while any demo account
 * exists.
 */
export const DEMO_EMAIL_DOMAIN = 'velkomst.demo'

export const demoLogins = {
  admin: { email: `admin@${DEMO_EMAIL_DOMAIN}`, password: 'demo-admin-2026' },
  staff: { email: `staff@${DEMO_EMAIL_DOMAIN}`, password: 'demo-staff-2026' },
  forening: { email: `forening@${DEMO_EMAIL_DOMAIN}`, password: 'demo-forening-2026' },
  idraet: { email: `idraet@${DEMO_EMAIL_DOMAIN}`, password: 'demo-idraet-2026' },
} as const

const passwords = new Set<string>(Object.values(demoLogins).map((l) => l.password))

export const isDemoPassword = (value: unknown): boolean =>
  typeof value === 'string' && passwords.has(value)

export const isDemoEmail = (value: unknown): boolean =>
  typeof value === 'string' && value.trim().toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`)
