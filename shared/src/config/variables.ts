/**
 * Every environment variable Velkomst reads, in one list: what it does, its default, who reads
 * it, which Turborepo tasks depend on it, and whether production needs it. Each package reads
 * its own through `readConfig(scope)`; `.env.example`, the README's configuration table and
 * turbo.json's task `env` are written from this list (`npm run config:docs`) and a test checks
 * that they still agree with it.
 */
import { z } from 'zod'

import { addressList, flag, httpUrl, integer, isoDate, oneOf, port, text } from './schema'

/** Who reads a variable. */
export type Scope =
  | 'cms' // the CMS server and its build
  | 'seed' // the demo seed runner
  | 'site' // a site build (Astro)
  | 'live' // the site server that rebuilds on publish
  | 'start' // `npm start`
  | 'tests' // test runners and their helpers
  | 'bench' // `npm run bench`

export const groups = [
  'Database',
  'CMS',
  'Email',
  'Site build',
  'Publish to live',
  'Tests and benchmarks',
] as const
export type Group = (typeof groups)[number]

/** Turborepo tasks whose cached output depends on a variable. */
export type CachedTask = '@velkomst/site#build'

export interface VariableSpec {
  group: Group
  /** For people: what it does, its values, its default. Written into .env.example and README. */
  description: string
  schema: z.ZodType
  scopes: readonly Scope[]
  /** The value written into .env.example (a default or an example); unset: empty. */
  example?: string
  /** Cached tasks whose output depends on it: they run again when it changes. */
  tasks?: readonly CachedTask[]
  /** Needed when NODE_ENV=production, unless it is a demo (VELKOMST_DEMO=true). */
  production?: boolean
  /** Set by the programs themselves, not by people: left out of .env.example and the README. */
  internal?: boolean
}

const mapTileUrl = z
  .string()
  .regex(/^https:\/\/.+\{z\}.+\{x\}.+\{y\}/, 'expected an https:// URL containing {z}, {x} and {y}')
  .optional()

export const variables = {
  // --- Database ---
  DATABASE_URL: {
    group: 'Database',
    description:
      'Unset: an embedded SQLite file at cms/data/velkomst.db (created on first run). ' +
      '`file:PATH`: another SQLite file (a relative path resolves against cms/). ' +
      '`mongodb://…` or `mongodb+srv://…`: MongoDB (production). Only that adapter is loaded.',
    schema: z
      .string()
      .regex(/^(file:|mongodb(\+srv)?:\/\/)/i, 'expected file:PATH or a mongodb:// URL')
      .optional(),
    scopes: ['cms', 'seed', 'start'],
  },
  MONGODB_TIMEOUT_MS: {
    group: 'Database',
    description:
      'How long to wait for MongoDB before failing with a message naming its host (milliseconds).',
    schema: integer(5000, { min: 100 }),
    scopes: ['cms'],
    example: '5000',
  },
  VELKOMST_DATA_DIR: {
    group: 'Database',
    description:
      'Where the embedded database lives when DATABASE_URL is unset (default cms/data; ' +
      'relative to cms/).',
    schema: text(),
    scopes: ['cms', 'start'],
  },
  VELKOMST_DB_PUSH: {
    group: 'Database',
    description:
      'true: push the schema straight to the database instead of applying migrations. By ' +
      'default only throwaway test databases do (NODE_ENV=test); see the README, "Migrations".',
    schema: flag(),
    scopes: ['cms', 'seed', 'tests'],
  },
  MONGODB_TEST_URL: {
    group: 'Tests and benchmarks',
    description:
      'Also run the integration suites against MongoDB: a server URL without a database name ' +
      '(a replica set, for transactions). Each test file creates and drops its own database.',
    schema: z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//i, 'expected a mongodb:// URL')
      .optional(),
    scopes: ['tests'],
  },

  // --- CMS ---
  NODE_ENV: {
    group: 'CMS',
    description:
      'production, development or test. Production requires the settings marked so in this ' +
      'table (unless VELKOMST_DEMO=true); `npm start` runs production as a demo.',
    schema: oneOf(['production', 'development', 'test']),
    scopes: ['cms', 'seed', 'start', 'tests'],
  },
  PAYLOAD_SECRET: {
    group: 'CMS',
    description:
      'Signs login sessions: a long random string, e.g. `openssl rand -hex 32`. `npm start` ' +
      'generates one into cms/data/.payload-secret when it is unset.',
    schema: z.string().min(16, 'expected at least 16 characters').optional(),
    scopes: ['cms', 'start'],
    production: true,
  },
  CMS_PUBLIC_URL: {
    group: 'CMS',
    description:
      "The admin's public address (https in production): links in emails, and the only origin " +
      'allowed to send signed-in requests. `npm start` sets http://localhost:CMS_PORT.',
    schema: httpUrl(),
    scopes: ['cms', 'start'],
    production: true,
  },
  TRUSTED_PROXIES: {
    group: 'CMS',
    description:
      'The proxies in front of the CMS whose X-Forwarded-For entries are believed, as IP ' +
      'addresses or CIDR ranges (e.g. 127.0.0.1,10.0.0.0/8). The forms limit submissions per ' +
      'sender address: the address is the last X-Forwarded-For entry that is not one of these. ' +
      "Behind a proxy, list it here and let it append the client's address; `next start` " +
      'reached directly keeps a header the client sent itself (README, "Public forms").',
    schema: addressList(),
    scopes: ['cms'],
  },
  MEDIA_DIR: {
    group: 'CMS',
    description: 'Where uploaded images are stored (default cms/media; relative to cms/).',
    schema: text(),
    scopes: ['cms', 'start'],
  },
  VELKOMST_DEMO: {
    group: 'CMS',
    description:
      'true: a demonstration (the demo logins are printed, emails may be printed instead of ' +
      'sent, production settings are not required). `npm start` is one unless this is false.',
    schema: flag(),
    scopes: ['cms', 'seed', 'start'],
  },
  CMS_PORT: {
    group: 'CMS',
    description: 'Port of the CMS that `npm start` starts.',
    schema: port(3000),
    scopes: ['start'],
    example: '3000',
  },
  HOST: {
    group: 'CMS',
    description:
      'The interface the CMS (started by `npm start`) and the site server listen on unless ' +
      'their own setting says: 127.0.0.1, this machine only, unless set (e.g. 0.0.0.0 to ' +
      'reach them from other machines; put HTTPS in front and set CMS_PUBLIC_URL).',
    schema: text('127.0.0.1'),
    scopes: ['start', 'live'],
    example: '127.0.0.1',
  },
  VELKOMST_VERBOSE: {
    group: 'CMS',
    description: "true: `npm start` prints the CMS server's own log lines too.",
    schema: flag(false),
    scopes: ['start'],
  },
  CHROMIUM_PATH: {
    group: 'CMS',
    description: "Chromium, which prints the welcome letter's PDF (and runs the browser tests).",
    schema: text('/usr/bin/chromium'),
    scopes: ['cms', 'tests', 'bench'],
    example: '/usr/bin/chromium',
  },

  // --- Email ---
  SMTP_HOST: {
    group: 'Email',
    description:
      'The SMTP server for invitations and password resets. Unset: emails are printed to the ' +
      'output instead of sent (only allowed in a demo or outside production).',
    schema: text(),
    scopes: ['cms'],
    production: true,
  },
  SMTP_PORT: {
    group: 'Email',
    description: 'The SMTP port.',
    schema: port(587),
    scopes: ['cms'],
    example: '587',
  },
  SMTP_USER: {
    group: 'Email',
    description: 'The SMTP user name, if the server needs one.',
    schema: text(),
    scopes: ['cms'],
  },
  SMTP_PASS: {
    group: 'Email',
    description: 'The SMTP password.',
    schema: text(),
    scopes: ['cms'],
  },
  SMTP_SECURE: {
    group: 'Email',
    description: 'true for TLS from the start (port 465); otherwise STARTTLS when offered.',
    schema: flag(false),
    scopes: ['cms'],
  },
  EMAIL_FROM: {
    group: 'Email',
    description: 'The sender address of emails.',
    schema: text('velkomst@localhost'),
    scopes: ['cms'],
    example: 'velkomst@example.dk',
  },
  EMAIL_FROM_NAME: {
    group: 'Email',
    description: 'The sender name of emails.',
    schema: text('Velkomst'),
    scopes: ['cms'],
    example: 'Velkomst',
  },

  // --- Site build ---
  SITE_URL: {
    group: 'Site build',
    description:
      "The site's public address: canonical links, hreflang, the sitemap, feeds, Open Graph, " +
      "and the welcome letter's QR code (default http://localhost:SITE_PORT).",
    schema: httpUrl(),
    scopes: ['site', 'cms', 'start'],
    example: 'http://localhost:4321',
    tasks: ['@velkomst/site#build'],
  },
  CMS_URL: {
    group: 'Site build',
    description:
      "Build from the running CMS's published content (its /api/site-snapshot), e.g. " +
      'http://localhost:3000. Unset: build from the snapshot folder CONTENT_DIR.',
    schema: httpUrl(),
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
  },
  FORMS_URL: {
    group: 'Site build',
    description:
      "Where the site's forms post: the CMS's public address, e.g. https://cms.example.dk. " +
      'Unset: CMS_URL (what `npm start` uses), else http://localhost:3000.',
    schema: httpUrl(),
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
  },
  CONTENT_DIR: {
    group: 'Site build',
    description:
      'The snapshot folder written by `npm run export` (default site/content; relative to site/).',
    schema: text('content'),
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
  },
  BUILD_DATE: {
    group: 'Site build',
    description:
      'Pins "now" for a build (ISO date-time): upcoming events and the current quarter follow it.',
    schema: isoDate(),
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
  },
  SITE_RENDER_THREADS: {
    group: 'Site build',
    description:
      'Worker threads that render pages in a full `astro build` (auto: one fewer than the ' +
      'processors, at most 3; 0 renders in the main thread only).',
    schema: z
      .string()
      .default('auto')
      .refine((v) => v === 'auto' || /^\d+$/.test(v), 'expected auto or a number, e.g. 1')
      .transform((v) => (v === 'auto' ? null : Number(v))),
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
    example: 'auto',
  },
  SITE_OUT_DIR: {
    group: 'Site build',
    description: 'Where the site is built (default site/dist; relative to site/).',
    schema: text('dist'),
    scopes: ['site', 'live'],
    tasks: ['@velkomst/site#build'],
  },
  MAP_TILE_URL: {
    group: 'Site build',
    description:
      'Tiles for interactive guide maps: an https URL with {z}/{x}/{y}, e.g. ' +
      'https://tile.openstreetmap.org/{z}/{x}/{y}.png. Unset: nothing is loaded from outside.',
    schema: mapTileUrl,
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
  },
  MAP_TILE_ATTRIBUTION: {
    group: 'Site build',
    description: "The map tiles' attribution (HTML; default OpenStreetMap's).",
    schema: text('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
    scopes: ['site'],
    tasks: ['@velkomst/site#build'],
  },

  // --- Publish to live ---
  SITE_PORT: {
    group: 'Publish to live',
    description: 'Port of the site server (`npm start`, `npm run serve -w @velkomst/site`).',
    schema: port(4321),
    scopes: ['live', 'start'],
    example: '4321',
  },
  SITE_HOST: {
    group: 'Publish to live',
    description:
      'The interface the site server listens on (default HOST, else 127.0.0.1: only this ' +
      'machine). Set 0.0.0.0 to serve other machines.',
    schema: text(),
    scopes: ['live'],
  },
  SITE_BUILD_TIMEOUT_MINUTES: {
    group: 'Publish to live',
    description:
      'A live site build that takes longer is stopped and recorded as failed; the last good ' +
      'site stays live.',
    schema: integer(30, { min: 1, max: 24 * 60 }),
    scopes: ['live'],
  },
  SITE_LIVE: {
    group: 'Publish to live',
    description:
      'true: the site server builds the site from CMS_URL itself and rebuilds it when the CMS ' +
      'asks (what `npm start` uses); otherwise it serves SITE_OUT_DIR as built.',
    schema: flag(false),
    scopes: ['live'],
  },
  SITE_REBUILD_URL: {
    group: 'Publish to live',
    description:
      'Where the CMS reports published changes: the local site server (`npm start` sets it) ' +
      'or, in production, the webhook of whatever builds the site.',
    schema: httpUrl(),
    scopes: ['cms', 'start'],
  },
  SITE_REBUILD_TOKEN: {
    group: 'Publish to live',
    description:
      'The bearer token the CMS sends with SITE_REBUILD_URL and the site server checks. ' +
      '`npm start` generates one.',
    schema: text(),
    scopes: ['cms', 'live', 'start'],
  },
  SITE_REBUILD_MINUTES: {
    group: 'Publish to live',
    description:
      'Minutes between scheduled rebuilds of the live site, so past events leave the lists ' +
      '(0 turns them off).',
    schema: integer(60, { min: 0, max: 24 * 60 }),
    scopes: ['live'],
    example: '60',
  },
  SITE_BUILDS_URL: {
    group: 'Publish to live',
    description:
      "Where the admin reads the last builds (default: next to a local builder's /__rebuild). " +
      'Leave unset with a production webhook: the admin then says builds are listed elsewhere.',
    schema: httpUrl(),
    scopes: ['cms'],
  },
  SITE_BUILDS_DIR: {
    group: 'Publish to live',
    description:
      'Where the site server writes its builds (default site/.builds; relative to site/).',
    schema: text('.builds'),
    scopes: ['live'],
  },
  SITE_LIVE_LINK: {
    group: 'Publish to live',
    description: 'The symlink to the build being served (default site/.live; relative to site/).',
    schema: text('.live'),
    scopes: ['live'],
  },

  // --- Tests and benchmarks ---
  BENCH_SUITES: {
    group: 'Tests and benchmarks',
    description: 'Comma-separated benchmark suites to run (default: all).',
    schema: text(),
    scopes: ['bench'],
  },
  BENCH_EVENTS: {
    group: 'Tests and benchmarks',
    description: 'How many events the CMS benchmark creates.',
    schema: integer(5000, { min: 1 }),
    scopes: ['bench'],
  },
  BENCH_PUBLISH_EDITS: {
    group: 'Tests and benchmarks',
    description: 'Edits per scale in the publish-to-live benchmark.',
    schema: integer(5, { min: 1 }),
    scopes: ['bench'],
  },
  BENCH_PUBLISH_SCALES: {
    group: 'Tests and benchmarks',
    description:
      'Scales the publish-to-live benchmark runs (comma-separated: demo, large, x10; x10 is ' +
      'not in the default: it takes about eight minutes on two cores, most of it the first ' +
      'full build of 75,000 pages).',
    schema: text('demo,large'),
    scopes: ['bench'],
  },
  BENCH_LOAD_SECONDS: {
    group: 'Tests and benchmarks',
    description: 'How long the load benchmark keeps its editors and readers busy (seconds).',
    schema: integer(60, { min: 5 }),
    scopes: ['bench'],
  },
  BENCH_LOAD_EDITORS: {
    group: 'Tests and benchmarks',
    description: 'Signed-in editors the load benchmark runs at once (reads and draft saves).',
    schema: integer(50, { min: 1 }),
    scopes: ['bench'],
  },
  BENCH_LOAD_READERS: {
    group: 'Tests and benchmarks',
    description: 'Site readers the load benchmark runs at once, while the site rebuilds.',
    schema: integer(200, { min: 1 }),
    scopes: ['bench'],
  },
  BENCH_SKIP_LARGE: {
    group: 'Tests and benchmarks',
    description: 'true: the site benchmark skips the 10x build.',
    schema: flag(false),
    scopes: ['bench'],
  },
  VELKOMST_TEST_DB: {
    group: 'Tests and benchmarks',
    description: 'Which database a Vitest project runs against (set by the Vitest configs).',
    schema: oneOf(['sqlite', 'mongodb'], 'sqlite'),
    scopes: ['tests'],
    internal: true,
  },
  BARE_SNAPSHOT: {
    group: 'Tests and benchmarks',
    description: 'The snapshot the bare-Astro benchmark renders (set by the site benchmark).',
    schema: text(),
    scopes: ['bench'],
    internal: true,
  },
  BARE_PAGES: {
    group: 'Tests and benchmarks',
    description: 'How many pages the bare-Astro benchmark renders (set by the site benchmark).',
    schema: integer(0),
    scopes: ['bench'],
    internal: true,
  },
} as const satisfies Record<string, VariableSpec>

export type VariableName = keyof typeof variables
