// @ts-check
// The thread that writes a build's files (see `FileWriter` in store.ts). Plain JavaScript: it
// starts in a few milliseconds, without the TypeScript loader the render workers need.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'

/**
 * Folders made so far (a build makes each page's folder once). Forgotten when it grows large:
 * the live builder runs for months, and making a folder again costs one call.
 */
const made = new Set()
const remembered = 200_000

/**
 * Makes a folder when it is new to this thread. A folder removed since (e.g. the live site's
 * old generations) is made again by the retry in `write`.
 * @param {string} dir
 */
function ensureDir(dir) {
  if (made.has(dir)) return
  mkdirSync(dir, { recursive: true })
  if (made.size >= remembered) made.clear()
  made.add(dir)
}

/** @param {string} file @param {Uint8Array} bytes */
function write(file, bytes) {
  const dir = path.dirname(file)
  ensureDir(dir)
  try {
    writeFileSync(file, bytes)
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error
    made.delete(dir)
    ensureDir(dir)
    writeFileSync(file, bytes)
  }
}

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort)

/**
 * A batch of operations, done in order: `[file, bytes]` writes, `[file, null]` removes. The
 * reply names the batch and the first failure, if any (the rest of the batch is not done).
 */
port.on('message', (/** @type {{ id: number, ops: [string, Uint8Array | null][] }} */ batch) => {
  let error = null
  for (const [file, bytes] of batch.ops) {
    try {
      if (bytes) write(file, bytes)
      else rmSync(file, { force: true })
    } catch (e) {
      error = e instanceof Error ? `${e.message}` : String(e)
      break
    }
  }
  port.postMessage({ id: batch.id, error })
})
