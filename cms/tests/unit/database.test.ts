import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cmsConfig } from '../../src/config'
import { databaseKind, databaseUrl, mongoHost, schemaPush } from '../../src/database'
import { cmsRoot } from '../../src/paths'

describe('database selection', () => {
  it('defaults to an embedded SQLite file under cms/data, as an absolute path', () => {
    const url = databaseUrl(cmsConfig({}))
    expect(url).toBe(`file:${path.join(cmsRoot, 'data', 'velkomst.db')}`)
    expect(databaseKind(url)).toBe('sqlite')
  })

  it('resolves a relative SQLite path against cms/, not the working directory', () => {
    expect(databaseUrl(cmsConfig({ DATABASE_URL: 'file:./data/other.db' }))).toBe(
      `file:${path.join(cmsRoot, 'data', 'other.db')}`,
    )
    expect(databaseUrl(cmsConfig({ DATABASE_URL: 'file:/tmp/x.db' }))).toBe('file:/tmp/x.db')
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(databaseKind('mongodb://localhost:27017/velkomst')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://user:pw@cluster0.example.net/velkomst')).toBe('mongodb')
    expect(databaseUrl(cmsConfig({ DATABASE_URL: 'mongodb://db:27017/v' }))).toBe(
      'mongodb://db:27017/v',
    )
  })

  it('names the MongoDB host without the credentials', () => {
    expect(mongoHost('mongodb://velkomst:s3cret@db.internal:27017/velkomst?authSource=admin')).toBe(
      'db.internal:27017',
    )
    expect(mongoHost('mongodb+srv://u:p@cluster0.example.net/velkomst')).toBe(
      'cluster0.example.net',
    )
    expect(mongoHost('mongodb://a:1,b:2/x')).toBe('a:1,b:2')
  })
})

describe('schema push', () => {
  // A demo, so that production's required settings do not stand in the way.
  const env = (vars: Record<string, string>) => cmsConfig({ VELKOMST_DEMO: 'true', ...vars })

  it('pushes only throwaway test databases and the separate development file', () => {
    expect(schemaPush(env({ NODE_ENV: 'test' }))).toBe(true)
    expect(schemaPush(env({ NODE_ENV: 'development' }))).toBe(true)
    expect(databaseUrl(env({ NODE_ENV: 'development' }))).toMatch(/velkomst-dev\.db$/)
    expect(schemaPush(env({ NODE_ENV: 'production' }))).toBe(false)
    expect(schemaPush(env({}))).toBe(false)
  })

  it('never pushes a database named in DATABASE_URL unless asked', () => {
    expect(
      schemaPush(env({ NODE_ENV: 'development', DATABASE_URL: 'file:/srv/velkomst.db' })),
    ).toBe(false)
    expect(schemaPush(env({ NODE_ENV: 'production', VELKOMST_DB_PUSH: 'true' }))).toBe(true)
    expect(schemaPush(env({ NODE_ENV: 'test', VELKOMST_DB_PUSH: 'false' }))).toBe(false)
  })
})
