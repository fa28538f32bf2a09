import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import { mediaFilesOf } from '@velkomst/shared/schemas'

import { mediaDir } from '../paths'
import { buildSnapshot } from './snapshot'

/**
 * Writes `<outDir>/snapshot.json` and copies the media it uses into `<outDir>/media/`, so that
 * the site builds from the folder alone.
 */
export async function writeSnapshot(payload: Payload, outDir: string) {
  const snapshot = await buildSnapshot(payload)
  await mkdir(path.join(outDir, 'media'), { recursive: true })
  const files = mediaFilesOf(snapshot)
  await Promise.all(
    files.map((f) => copyFile(path.join(mediaDir(), f), path.join(outDir, 'media', f))),
  )
  await writeFile(path.join(outDir, 'snapshot.json'), JSON.stringify(snapshot))
  return { snapshot, files: files.length }
}
