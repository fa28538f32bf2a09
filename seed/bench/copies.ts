/**
 * Copies of generated listings for the publish benchmark at 10x, written straight into the
 * SQLite tables: creating 33,000 documents through the Local API (hooks, validation, versions)
 * takes about an hour on two cores, copying rows that went through it takes seconds.
 *
 * A copy is every row of a document (the collection's table, its `_locales`, `_rels` and
 * array/select tables) with a new id, its slug and name suffixed with the copy's number, and
 * its relationships to other copied documents pointing at the same copy. Versions are not
 * copied: the public site reads the published document, and the benchmark edits only a
 * document the seed created through Payload. SQLite only (the benchmark's database).
 */
import { sql } from '@payloadcms/db-sqlite'

/** The part of Payload's SQLite adapter (drizzle over libsql) the copies use. */
export interface SqlDb {
  run(query: ReturnType<typeof sql.raw>): Promise<unknown>
  all<T>(query: ReturnType<typeof sql.raw>): Promise<T[]>
}

/** Documents to copy: a collection's ids in [from, to). */
export interface Originals {
  collection: string
  from: number
  to: number
}

/** Copies' ids are the original's plus `copy × ID_STEP`, far above any id the seed made. */
export const ID_STEP = 1_000_000

const NAME_COLUMNS = new Set(['name', 'title'])

interface Column {
  name: string
  type: string
  pk: number
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

async function columnsOf(db: SqlDb, table: string): Promise<Column[]> {
  return db.all<Column>(sql.raw(`PRAGMA table_info(${quote(table)})`))
}

/** The collection's own tables besides its main one (not its versions, which start with `_`). */
async function childTables(db: SqlDb, collection: string): Promise<string[]> {
  const rows = await db.all<{ name: string }>(
    sql.raw(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, ${collection.length + 1}) = '${collection}_'`,
    ),
  )
  return rows.map((r) => r.name)
}

/**
 * Writes `copies` copies of every document in `originals` (numbered 2 … copies + 1: the
 * original is the first), each group's relationships to another copied group remapped to the
 * same copy. Returns the documents written.
 */
export async function copyDocuments(
  db: SqlDb,
  originals: Originals[],
  copies: number,
): Promise<number> {
  if (originals.some((o) => o.to > ID_STEP)) throw new Error('Originals must have ids below 1e6.')
  // A relationship column to a copied collection (`associations_id`) follows the copy.
  const remap = (column: string, copy: number) => {
    const target = originals.find((o) => column === `${o.collection}_id`)
    if (!target) return quote(column)
    const c = quote(column)
    return `CASE WHEN ${c} >= ${target.from} AND ${c} < ${target.to} THEN ${c} + ${copy * ID_STEP} ELSE ${c} END`
  }
  let written = 0
  for (const { collection, from, to } of originals) {
    const main = await columnsOf(db, collection)
    const children = await Promise.all(
      (await childTables(db, collection)).map(async (t) => ({
        table: t,
        columns: await columnsOf(db, t),
      })),
    )
    for (let copy = 1; copy <= copies; copy++) {
      const shift = copy * ID_STEP
      const mainSelect = main.map((c) =>
        c.name === 'id'
          ? `id + ${shift}`
          : c.name === 'slug'
            ? `slug || '-${copy + 1}'`
            : remap(c.name, copy),
      )
      await db.run(
        sql.raw(
          `INSERT INTO ${quote(collection)} (${main.map((c) => quote(c.name)).join(', ')}) ` +
            `SELECT ${mainSelect.join(', ')} FROM ${quote(collection)} WHERE id >= ${from} AND id < ${to}`,
        ),
      )
      for (const { table, columns } of children) {
        const parent = columns.find((c) => c.name === '_parent_id' || c.name === 'parent_id')
        if (!parent) continue
        // Integer ids are the table's own row numbers (SQLite gives new ones); text ids are
        // Payload's array row ids, which must stay unique.
        const kept = columns.filter((c) => !(c.name === 'id' && c.type.toUpperCase() === 'INTEGER'))
        const select = kept.map((c) =>
          c.name === parent.name
            ? `${quote(c.name)} + ${shift}`
            : c.name === 'id'
              ? `id || '-${copy + 1}'`
              : NAME_COLUMNS.has(c.name) && table.endsWith('_locales')
                ? `${quote(c.name)} || ' (${copy + 1})'`
                : remap(c.name, copy),
        )
        const p = quote(parent.name)
        await db.run(
          sql.raw(
            `INSERT INTO ${quote(table)} (${kept.map((c) => quote(c.name)).join(', ')}) ` +
              `SELECT ${select.join(', ')} FROM ${quote(table)} WHERE ${p} >= ${from} AND ${p} < ${to}`,
          ),
        )
      }
      written += to - from
    }
  }
  return written
}
