import { demoLogins } from '@velkomst/shared/demo'
import type { Role } from '@velkomst/shared/vocabulary'

export interface UserSeed {
  email: string
  password: string
  displayName: string
  role: Role
  associations?: string[]
}

/**
 * Demo accounts, one per role (their logins are in `@velkomst/shared/demo`). The passwords are
 * public on purpose: they exist only in demo content, are printed only when the demo is seeded,
 * and the CMS refuses them outside a demonstration.
 */
export const users: UserSeed[] = [
  {
    ...demoLogins.admin,
    displayName: 'Demo Administrator',
    role: 'admin',
  },
  {
    ...demoLogins.staff,
    displayName: 'Sofie fra Kultur og Fritid',
    role: 'staff',
  },
  {
    ...demoLogins.forening,
    displayName: 'Karim fra Skakklubben',
    role: 'association-editor',
    associations: ['albertslund-skakklub', 'sprogcafeen'],
  },
  {
    // Albertslund IF is trusted in the demo: this editor publishes without review.
    ...demoLogins.idraet,
    displayName: 'Mette fra Albertslund IF',
    role: 'association-editor',
    associations: ['albertslund-if'],
  },
  {
    // Signs in as the welcome ambassador Amina Haddad (ambassadors.ts) to see her requests.
    email: 'ambassador@velkomst.demo',
    password: 'demo-ambassador-2026',
    displayName: 'Amina Haddad',
    role: 'ambassador',
  },
]
