import { randomBytes } from 'node:crypto'

/**
 * The change feed: which published documents changed, in order, so the site builder can ask
 * for just those (`GET /api/site-snapshot?since=<version>`) instead of the whole content on
 * every publish. A version is `<epoch>.<sequence>`: the epoch is new each time the CMS starts,
 * so a builder that remembers a version from before a restart gets the whole content again.
 *
 * Only the collections' publish hooks write to it (`site-builds/requestSiteRebuild.ts`), after
 * the write is committed. Anything they cannot see (a change made straight in the database)
 * reaches the site through "Rebuild the website now", which starts a new epoch.
 */
export interface Change {
  seq: number
  /** The Payload collection (or global) slug. */
  collection: string
  id: string
}

const KEEP = 10_000

class ChangeLog {
  private epoch = randomBytes(4).toString('hex')
  private seq = 0
  private entries: Change[] = []
  /** The first sequence number the log still knows the changes after. */
  private floor = 0

  get version(): string {
    return `${this.epoch}.${this.seq}`
  }

  record(collection: string, id: string): void {
    this.entries.push({ seq: ++this.seq, collection, id })
    if (this.entries.length > KEEP) {
      const dropped = this.entries.splice(0, this.entries.length - KEEP)
      this.floor = dropped.at(-1)!.seq
    }
  }

  /** Forgets what it knew: every builder's next question gets the whole content. */
  reset(): void {
    this.epoch = randomBytes(4).toString('hex')
    this.seq = 0
    this.floor = 0
    this.entries = []
  }

  /**
   * The changes after `version`, or null when the log cannot say (another epoch, a version
   * older than it remembers, or no version): then only the whole content will do.
   */
  since(version: string | null): Change[] | null {
    const match = version ? /^([0-9a-f]+)\.(\d+)$/.exec(version) : null
    if (!match || match[1] !== this.epoch) return null
    const seq = Number(match[2])
    if (seq < this.floor || seq > this.seq) return null
    return this.entries.filter((e) => e.seq > seq)
  }
}

// One log per process, however many times the bundler loaded this module.
const slot = Symbol.for('velkomst.cms.change-log')
const holder = globalThis as unknown as Record<symbol, ChangeLog | undefined>
export const changeLog: ChangeLog = (holder[slot] ??= new ChangeLog())
