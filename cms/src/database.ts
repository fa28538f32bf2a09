import fs from 'node:fs'
import path from 'node:path'

import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { SQLiteColumn } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj as DatabaseAdapterResult } from 'payload'

import { cmsConfig, type CmsConfig } from './config'
import { cmsRoot, dataDir, migrationsDir } from './paths'

export type DatabaseKind = 'sqlite' | 'mongodb'

const MONGO = /^mongodb(\+srv)?:\/\//i

/** The database URL in force: `DATABASE_URL`, else the embedded SQLite file under `cms/data/`. */
export function databaseUrl(config: CmsConfig = cmsConfig()): string {
  const raw = config.DATABASE_URL
  // `next dev` gets its own file, whose schema is pushed as collections change; the main file
  // is only ever built from migrations (see schemaPush).
  if (!raw) {
    const file = config.NODE_ENV === 'development' ? 'velkomst-dev.db' : 'velkomst.db'
    return `file:${path.join(dataDir(config), file)}`
  }
  if (MONGO.test(raw)) return raw
  const file = raw.replace(/^file:/, '')
  // A relative path would resolve against whatever folder the process started in.
  return `file:${path.isAbsolute(file) ? file : path.resolve(cmsRoot, file)}`
}

export function databaseKind(url: string = databaseUrl()): DatabaseKind {
  return MONGO.test(url) ? 'mongodb' : 'sqlite'
}

/** The host part of a MongoDB URL, for messages: never the user name or password. */
export function mongoHost(url: string): string {
  const authority = url.replace(MONGO, '').split(/[/?]/)[0] ?? ''
  return authority.slice(authority.lastIndexOf('@') + 1) || '(no host)'
}

/**
 * The database adapter for the URL in force. Only the selected adapter is imported: loading
 * @payloadcms/db-sqlite alone costs about 2 s of a cold start.
 */
export async function databaseAdapter(
  config: CmsConfig = cmsConfig(),
): Promise<DatabaseAdapterResult> {
  const url = databaseUrl(config)
  // How long to wait for a MongoDB server before giving up, instead of the driver's 30 s.
  const timeout = config.MONGODB_TIMEOUT_MS
  if (databaseKind(url) === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return failFast(
      mongooseAdapter({
        url,
        connectOptions: {
          serverSelectionTimeoutMS: timeout,
          connectTimeoutMS: timeout,
        },
      }),
      mongoHost(url),
      timeout,
    )
  }
  const file = url.replace(/^file:/, '')
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const [{ sqliteAdapter }, { migrations }] = await Promise.all([
    import('@payloadcms/db-sqlite'),
    import('./migrations'),
  ])
  return sqliteAdapter({
    client: { url },
    migrationDir: migrationsDir,
    // The committed migrations build every real database: production applies them when it
    // starts and `npm run seed` before it seeds. Only throwaway test databases push the schema
    // (or a developer who asks with VELKOMST_DB_PUSH=true): a pushed database makes a later
    // migration stop and ask about data loss, which would hang an unattended start.
    prodMigrations: migrations,
    push: schemaPush(),
    afterSchemaInit: [indexLocaleParents],
  })
}

/**
 * Payload gives each `*_locales` table a unique index on (_locale, _parent_id) only. Reading a
 * document's texts looks rows up by _parent_id, which that index cannot serve, so every page of
 * results scanned the whole table: 38 ms instead of 2 ms for 20 events among 5,000 (see
 * BENCHMARKS.md). An index on _parent_id for every locales table fixes it.
 */
const indexLocaleParents: SQLiteSchemaHook = async ({ schema, extendTable }) => {
  const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales')) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        [`${name}_parent_idx`]: index(`${name}_parent_idx`).on(columns._parentID as SQLiteColumn),
      }),
    })
  }
  return schema
}

export function schemaPush(config: CmsConfig = cmsConfig()): boolean {
  if (config.VELKOMST_DB_PUSH !== undefined) return config.VELKOMST_DB_PUSH
  if (config.NODE_ENV === 'test') return true
  return config.NODE_ENV === 'development' && !config.DATABASE_URL
}

export class DatabaseUnreachableError extends Error {
  constructor(host: string, timeout: number, cause: unknown) {
    super(
      `Cannot reach MongoDB at ${host} within ${timeout} ms. ` +
        'Check DATABASE_URL and that the server is running and allows this machine.',
      { cause },
    )
    this.name = 'DatabaseUnreachableError'
  }
}

/** Wraps the adapter's connect so that a failure names the host (never the credentials). */
function failFast(
  result: DatabaseAdapterResult,
  host: string,
  timeout: number,
): DatabaseAdapterResult {
  const init = result.init
  return {
    ...result,
    init: (args) => {
      const adapter = init(args)
      const connect = adapter.connect
      if (connect) {
        adapter.connect = async function (
          this: unknown,
          options?: Parameters<NonNullable<typeof connect>>[0],
        ) {
          try {
            await connect.call(this, options)
          } catch (error) {
            throw new DatabaseUnreachableError(host, timeout, error)
          }
        }
      }
      return adapter
    },
  }
}
