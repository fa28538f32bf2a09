import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, locales, timeZone } from '@velkomst/shared/locales'

import { Associations } from './collections/Associations'
import { Categories } from './collections/Categories'
import { Communities } from './collections/Communities'
import { Events } from './collections/Events'
import { Media, MAX_IMAGE_BYTES } from './collections/Media'
import { Pages } from './collections/Pages'
import { TicketOffers } from './collections/TicketOffers'
import { Users } from './collections/Users'
import { Venues } from './collections/Venues'
import { WelcomeLetters } from './collections/WelcomeLetters'
import { cmsConfig } from './config'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { siteBuildsEndpoints } from './site-builds/endpoints'
import { siteSnapshotEndpoint } from './export/endpoint'
import { SiteSettings } from './globals/SiteSettings'
import { rebuildsSite, rebuildsSiteGlobal } from './site-builds/requestSiteRebuild'
import { reviewEndpoints } from './review/endpoints'
import { srcDir } from './paths'

const config = cmsConfig()

export default buildConfig({
  admin: {
    // Gravatar would fetch from the internet; the built-in avatar works offline.
    avatar: 'default',
    components: {
      // Editors land on their own listings; staff on the review queue and the website's builds.
      beforeDashboard: ['/admin/dashboard/Home#Home'],
      afterNavLinks: ['/review/components/ReviewNavLink#ReviewNavLink'],
      providers: ['/admin/AdminReady#AdminReady'],
      graphics: {
        Icon: '/admin/branding/Icon#Icon',
        Logo: '/admin/branding/Logo#Logo',
      },
      views: {
        review: {
          Component: '/review/components/ReviewView#ReviewView',
          meta: { title: 'Godkendelse · Review' },
          path: '/review',
        },
        // Invitation and reset links; public, like Payload's own reset page it replaces.
        setPassword: {
          Component: '/collections/Users/set-password/SetPasswordView#SetPasswordView',
          exact: true,
          meta: { title: 'Vælg adgangskode · Choose a password' },
          path: '/set-password',
        },
      },
    },
    dateFormat: 'd. MMMM yyyy HH:mm',
    importMap: { baseDir: srcDir },
    // The browser tab, bookmarks and link previews name the product, not the framework.
    meta: {
      defaultOGImageType: 'off',
      description: 'Velkomst',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/velkomst.svg' }],
      openGraph: { siteName: 'Velkomst', title: 'Velkomst' },
      robots: 'noindex, nofollow',
      titleSuffix: '· Velkomst',
    },
    timezones: {
      defaultTimezone: timeZone,
      supportedTimezones: [{ label: 'København', value: timeZone }],
    },
    user: Users.slug,
  },
  collections: [
    ...[
      Associations,
      Events,
      Venues,
      Communities,
      Categories,
      TicketOffers,
      Pages,
      Media,
      WelcomeLetters,
    ].map(rebuildsSite),
    Users,
  ],
  db: await databaseAdapter(config),
  editor: lexicalEditor(),
  email: await emailAdapter(config),
  endpoints: [siteSnapshotEndpoint, ...reviewEndpoints, ...siteBuildsEndpoints],
  globals: [rebuildsSiteGlobal(SiteSettings)],
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  i18n: {
    fallbackLanguage: 'da',
    supportedLanguages: { da, en },
  },
  localization: {
    defaultLocale,
    fallback: true,
    locales: locales.map((l) => ({ code: l.code, label: l.label })),
  },
  // Required in production (the configuration says so); development and tests get a fixed one.
  secret: config.PAYLOAD_SECRET ?? 'velkomst-development-secret-not-for-production',
  sharp,
  telemetry: false,
  typescript: {
    // Generating types on every start spawns a process; `npm run generate:types` does it on demand.
    autoGenerate: config.NODE_ENV === 'development',
    outputFile: path.join(srcDir, 'payload-types.ts'),
  },
  upload: { limits: { fileSize: MAX_IMAGE_BYTES } },
})
