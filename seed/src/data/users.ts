import type { Role } from '@velkomst/shared/vocabulary'

export interface UserSeed {
  email: string
  password: string
  displayName: string
  role: Role
  associations?: string[]
}

/**
 * Demo accounts, one per role. The passwords are public on purpose: they exist only in demo
 * content and are printed only when the demo is seeded.
 */
export const users: UserSeed[] = [
  {
    email: 'admin@velkomst.demo',
    password: 'demo-admin-2026',
    displayName: 'Demo Administrator',
    role: 'admin',
  },
  {
    email: 'staff@velkomst.demo',
    password: 'demo-staff-2026',
    displayName: 'Sofie fra Kultur og Fritid',
    role: 'staff',
  },
  {
    email: 'forening@velkomst.demo',
    password: 'demo-forening-2026',
    displayName: 'Karim fra Skakklubben',
    role: 'association-editor',
    associations: ['albertslund-skakklub', 'sprogcafeen'],
  },
  {
    // Albertslund IF is trusted in the demo: this editor publishes without review.
    email: 'idraet@velkomst.demo',
    password: 'demo-idraet-2026',
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
