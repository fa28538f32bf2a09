import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Where a build's files go. Paths are relative to the site's root, with `/` separators
 * (`foreninger/skakklub/index.html`). A full build writes every file; an update writes only
 * what changed and removes what is gone, and reads back files it did not change (search
 * re-indexes a part of the site from them).
 */
export interface OutputStore {
  write(file: string, bytes: Uint8Array): Promise<void>
  remove(file: string): Promise<void>
  read(file: string): Promise<Uint8Array>
  /** Waits for every write and removal so far. */
  flush(): Promise<void>
}

/**
 * Writes run in the background, a bounded number at a time, so rendering goes on while the
 * disk works (a build of 70,000 pages spent half its time waiting for writes one by one).
 */
export class WriteQueue {
  private readonly running = new Set<Promise<void>>()
  private failure: Error | null = null

  constructor(private readonly limit = 64) {}

  async add(work: () => Promise<void>): Promise<void> {
    if (this.failure) throw this.failure
    while (this.running.size >= this.limit) await Promise.race(this.running)
    const job: Promise<void> = work()
      .catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error))
      })
      .finally(() => this.running.delete(job))
    this.running.add(job)
  }

  async flush(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running)
    if (this.failure) throw this.failure
  }
}

/** A plain folder: what `astro build` leaves for any static host. */
export class FolderStore implements OutputStore {
  private readonly dirs = new Set<string>()
  private readonly queue = new WriteQueue()

  constructor(readonly root: string) {}

  private async ensureDir(dir: string) {
    if (this.dirs.has(dir)) return
    await mkdir(dir, { recursive: true })
    this.dirs.add(dir)
  }

  write(file: string, bytes: Uint8Array): Promise<void> {
    const target = path.join(this.root, file)
    return this.queue.add(async () => {
      await this.ensureDir(path.dirname(target))
      await writeFile(target, bytes)
    })
  }

  remove(file: string): Promise<void> {
    return this.queue.add(() => rm(path.join(this.root, file), { force: true }))
  }

  async read(file: string): Promise<Uint8Array> {
    return readFile(path.join(this.root, file))
  }

  flush(): Promise<void> {
    return this.queue.flush()
  }
}
