import { existsSync } from 'node:fs'
import { readFile, readdir, readlink, rename, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { FileWriter, type OutputStore } from '../src/build/store'

/**
 * The live site as generations. A full build writes a whole site into a new folder; an update
 * writes only the files it changed into another new folder. A generation's manifest names,
 * for every file the site serves, the folder that holds it, so serving a generation never
 * copies the files that did not change (at 70,000 pages, copying or linking them all took
 * longer than the update itself). Going live is swapping one manifest for the next: a request
 * is answered wholly from one generation (`LiveSite` swaps them and deletes what no longer
 * serves anyone).
 */
export interface Manifest {
  id: string
  /** Folders holding the files, relative to the builds folder. */
  dirs: string[]
  /** Served path (`foreninger/x/index.html`) → index into `dirs`. */
  files: Record<string, number>
}

export const manifestName = (id: string) => `${id}.json`

export async function readManifest(file: string): Promise<Manifest> {
  return JSON.parse(await readFile(file, 'utf8')) as Manifest
}

/** The manifest the live link points at, if there is one. */
export async function liveManifest(liveLink: string): Promise<string | null> {
  if (!existsSync(liveLink)) return null
  const target = await readlink(liveLink).catch(() => null)
  return target ? path.resolve(path.dirname(liveLink), target) : null
}

/** Points the live link at a manifest, atomically (a fresh link renamed over the old one). */
export async function pointLiveLink(liveLink: string, manifestFile: string): Promise<void> {
  const next = `${liveLink}.next-${process.pid}-${Date.now()}`
  await symlink(manifestFile, next)
  await rename(next, liveLink)
}

let counter = 0
export const generationId = () => `g${Date.now()}-${process.pid}-${++counter}`

/**
 * Writes one generation. `base` (an update) lends its files; a full build starts empty and
 * usually adopts the files Astro already put in its folder (`adopt`).
 */
export class GenerationStore implements OutputStore {
  readonly id = generationId()
  readonly dir: string
  private readonly dirs: string[]
  private readonly files: Map<string, number>
  private readonly writer = FileWriter.shared

  constructor(
    private readonly buildsDir: string,
    base: Manifest | null,
    dir?: string,
  ) {
    this.dir = dir ?? path.join(buildsDir, this.id)
    this.dirs = [...(base?.dirs ?? [])]
    this.files = new Map(Object.entries(base?.files ?? {}))
  }

  private index(): number {
    const name = path.relative(this.buildsDir, this.dir)
    let i = this.dirs.indexOf(name)
    if (i < 0) i = this.dirs.push(name) - 1
    return i
  }

  /** Takes in the files of a folder (what Astro wrote when it compiled: assets, public files). */
  async adopt(from: string): Promise<void> {
    const walk = async (dir: string, prefix: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        if (entry.name.startsWith('.')) continue
        const rel = `${prefix}${entry.name}`
        if (entry.isDirectory()) await walk(path.join(dir, entry.name), `${rel}/`)
        else await this.write(rel, await readFile(path.join(dir, entry.name)))
      }
    }
    if (existsSync(from)) await walk(from, '')
  }

  write(file: string, bytes: Uint8Array): Promise<void> {
    this.files.set(file, this.index())
    return this.writer.write(path.join(this.dir, file), bytes)
  }

  async remove(file: string): Promise<void> {
    const at = this.files.get(file)
    this.files.delete(file)
    // A file this generation wrote itself (perhaps still on its way) and no longer serves.
    if (at !== undefined && this.dirs[at] === path.relative(this.buildsDir, this.dir)) {
      await this.writer.remove(path.join(this.dir, file))
    }
  }

  async read(file: string): Promise<Uint8Array> {
    const at = this.files.get(file)
    if (at === undefined) throw new Error(`${file} is not part of the site.`)
    // A file asked to be written may still be on its way.
    await this.writer.flush()
    return readFile(path.join(this.buildsDir, this.dirs[at]!, file))
  }

  flush(): Promise<void> {
    return this.writer.flush()
  }

  /** Writes the manifest; returns its path. */
  async commit(): Promise<{ file: string; manifest: Manifest }> {
    await this.flush()
    // Folders no file points at any more are left out (and deleted later).
    const used = [...new Set(this.files.values())].sort((a, b) => a - b)
    const renumber = new Map(used.map((old, i) => [old, i]))
    const manifest: Manifest = {
      id: this.id,
      dirs: used.map((i) => this.dirs[i]!),
      files: Object.fromEntries([...this.files].map(([f, i]) => [f, renumber.get(i)!])),
    }
    const file = path.join(this.buildsDir, manifestName(this.id))
    await writeFile(`${file}.part`, JSON.stringify(manifest))
    await rename(`${file}.part`, file)
    return { file, manifest }
  }
}
