import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { da } from '@payloadcms/translations/languages/da'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { defaultLocale, locales, timeZone } from '@velkomst/shared/locales'

import { Ambassadors } from './collections/Ambassadors'
import { hiddenFromAmbassadors } from './collections/Ambassadors/hidden'
import { Associations } from './collections/Associations'
import { Categories } from './collections/Categories'
import { Communities } from './collections/Communities'
import { Events } from './collections/Events'
import { Media, MAX_IMAGE_BYTES } from './collections/Media'
import { Pages } from './collections/Pages'
import { Stories } from './collections/Stories'
import { SurveyAnswers } from './collections/SurveyAnswers'
import { TicketDesks } from './collections/TicketDesks'
import { TicketOffers } from './collections/TicketOffers'
import { TicketRedemptions } from './collections/TicketRedemptions'
import { Users } from './collections/Users'
import { Venues } from './collections/Venues'
import { VisitRequests } from './collections/VisitRequests'
import { WelcomeLetters } from './collections/WelcomeLetters'
import { cmsConfig } from './config'
import { databaseAdapter } from './database'
import { emailAdapter } from './email'
import { isStaffUser } from './access/roles'
import { FormAttempts } from './forms/attempts'
import { formEndpoints } from './forms/registry'
import { residentActivityEndpoints } from './resident-activities/endpoints'
import { eraseEndpoint } from './retention/erase'
import { deletePersonalDataTask, RETENTION_QUEUE } from './retention/task'
import { siteBuildsEndpoints } from './site-builds/endpoints'
import { siteSnapshotEndpoint } from './export/endpoint'
import { SiteSettings } from './globals/SiteSettings'
import { rebuildsSite, rebuildsSiteGlobal } from './site-builds/requestSiteRebuild'
import { reviewEndpoints } from './review/endpoints'
import { closePayloadBookkeeping } from './access/payloadBookkeeping'
import { checksInput } from './input'
import { answersInCallersLanguage } from './input/errors'
import { srcDir } from './paths'
import { ticketEndpoints } from './tickets/endpoints'

const config = cmsConfig()

/**
 * The origins that may send signed-in requests: the admin's public address; on this machine
 * (`npm start`'s http://localhost:3000) also the same port on 127.0.0.1, which is the same server.
 */
function allowedOrigins(publicUrl: string | undefined): string[] {
  if (!publicUrl) return []
  const url = new URL(publicUrl)
  if (url.hostname !== 'localhost') return [url.origin]
  const port = url.port ? `:${url.port}` : ''
  return [url.origin, `${url.protocol}//127.0.0.1${port}`]
}

export default buildConfig({
  admin: {
    // Gravatar would fetch from the internet; the built-in avatar works offline.
    avatar: 'default',
    components: {
      // Editors land on their own listings; staff on the review queue and the website's builds.
      beforeDashboard: [
        '/admin/dashboard/Home#Home',
        '/collections/VisitRequests/components/AmbassadorHome#AmbassadorHome',
      ],
      afterNavLinks: [
        '/review/components/ReviewNavLink#ReviewNavLink',
        '/feedback/components/SurveyNavLink#SurveyNavLink',
        '/tickets/components/TicketReportNavLink#TicketReportNavLink',
      ],
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
        surveyResults: {
          Component: '/feedback/components/SurveyResultsView#SurveyResultsView',
          meta: { title: 'Spørgeskema · Survey' },
          path: '/survey-results',
        },
        ticketReport: {
          Component: '/tickets/components/TicketReportView#TicketReportView',
          meta: { title: 'Kvartalsrapport · Quarterly report' },
          path: '/ticket-report',
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
      Stories,
    ]
      .map(rebuildsSite)
      .map(hiddenFromAmbassadors),
    hiddenFromAmbassadors(TicketRedemptions),
    hiddenFromAmbassadors(TicketDesks),
    Users,
    rebuildsSite(Ambassadors),
    VisitRequests,
    SurveyAnswers,
    FormAttempts,
  ],
  db: await databaseAdapter(config),
  editor: lexicalEditor(),
  email: await emailAdapter(config),
  endpoints: [
    siteSnapshotEndpoint,
    ...reviewEndpoints,
    ...siteBuildsEndpoints,
    ...formEndpoints,
    ...residentActivityEndpoints,
    eraseEndpoint,
    ...ticketEndpoints,
  ],
  globals: [hiddenFromAmbassadors(rebuildsSiteGlobal(SiteSettings))],
  hooks: { afterError: [answersInCallersLanguage] },
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
  jobs: {
    // Only staff may queue or run jobs through the API (Payload lets any signed-in user).
    access: {
      cancel: ({ req }) => isStaffUser(req.user),
      queue: ({ req }) => isStaffUser(req.user),
      run: ({ req }) => isStaffUser(req.user),
    },
    // The server's own cron (started by the first request under `next start`) queues scheduled
    // jobs when due and runs them; never during `next build`.
    autoRun: [{ cron: '*/10 * * * *', queue: RETENTION_QUEUE }],
    tasks: [deletePersonalDataTask],
  },
  i18n: {
    fallbackLanguage: 'da',
    supportedLanguages: { da, en },
  },
  localization: {
    defaultLocale,
    fallback: true,
    locales: locales.map((l) => ({ code: l.code, label: l.label })),
  },
  // Signed-in requests are accepted only from the admin's own address (Payload refuses the
  // sign-in cookie on requests whose Origin is another site), and links in emails use it.
  csrf: allowedOrigins(config.CMS_PUBLIC_URL),
  ...(config.CMS_PUBLIC_URL ? { serverURL: config.CMS_PUBLIC_URL } : {}),
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
  .then(checksInput)
  .then(closePayloadBookkeeping)
