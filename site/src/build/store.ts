import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

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
 * Writes and removes files in a thread of its own (`file-writer.mjs`), in the order asked, while
 * the build goes on. One thread doing plain blocking writes costs the build far less than the
 * four-call dance (folder, open, write, close) each file takes through Node's shared file
 * threads: measured at 10x a large municipality (150,000 files), those threads spent 14–52 s in
 * the kernel (this thread 13–20 s), and the main thread lost a third of its time handing them
 * work.
 *
 * Operations are sent in batches, one per turn of the event loop; `write` waits only when more
 * than `limit` bytes are on their way, so a fast renderer cannot pile the site up in memory.
 * One writer serves the whole process (`FileWriter.shared`). A failure is reported once, by the
 * next call (the build it belongs to fails with it); the operations after it in its batch are
 * not done.
 */
export class FileWriter {
  private static instance: FileWriter | null = null

  /** The process's writer, started on first use. */
  static get shared(): FileWriter {
    return (FileWriter.instance ??= new FileWriter())
  }

  private worker: Worker | null = null
  private batch: [string, Uint8Array | null][] = []
  private batchBytes = 0
  private scheduled = false
  private nextId = 0
  /** Batches sent and not yet done, with their bytes. */
  private readonly inFlight = new Map<number, number>()
  private pendingBytes = 0
  private waiters: (() => void)[] = []
  private failure: Error | null = null

  constructor(private readonly limit = 32 * 2 ** 20) {}

  async write(file: string, bytes: Uint8Array): Promise<void> {
    this.report()
    // A copy of its own: the caller keeps its bytes, and only these bytes cross the thread.
    this.add([file, new Uint8Array(bytes)], bytes.byteLength)
    while (this.pendingBytes > this.limit && !this.failure) await this.change()
    this.report()
  }

  async remove(file: string): Promise<void> {
    this.report()
    this.add([file, null], 0)
  }

  /** Waits for every operation asked for so far. */
  async flush(): Promise<void> {
    this.send()
    while (this.inFlight.size > 0 && !this.failure) await this.change()
    this.report()
  }

  /** Throws a failure not yet reported (once: the next build, a full one, starts clean). */
  private report() {
    const failure = this.failure
    this.failure = null
    if (failure) throw failure
  }

  private add(op: [string, Uint8Array | null], bytes: number) {
    this.batch.push(op)
    this.batchBytes += bytes
    this.pendingBytes += bytes
    if (!this.scheduled) {
      this.scheduled = true
      setImmediate(() => this.send())
    }
  }

  private send() {
    this.scheduled = false
    if (this.batch.length === 0) return
    const ops = this.batch
    const bytes = this.batchBytes
    const id = this.nextId++
    this.inFlight.set(id, bytes)
    this.batch = []
    this.batchBytes = 0
    try {
      const worker = this.start()
      worker.ref()
      const transfer = ops.flatMap(([, b]) => (b ? [b.buffer as ArrayBuffer] : []))
      worker.postMessage({ id, ops }, transfer)
    } catch (error) {
      this.inFlight.delete(id)
      this.pendingBytes -= bytes
      this.fail(error instanceof Error ? error : new Error(String(error)))
    }
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(new URL('./file-writer.mjs', import.meta.url))
    worker.on('message', ({ id, error }: { id: number; error: string | null }) => {
      this.pendingBytes -= this.inFlight.get(id) ?? 0
      this.inFlight.delete(id)
      if (error) this.fail(new Error(`Could not write the site's files: ${error}`))
      // Idle: the writer does not keep the process alive.
      if (this.inFlight.size === 0) worker.unref()
      this.notify()
    })
    worker.on('error', (error: Error) => this.fail(error))
    worker.on('exit', (code) => {
      this.worker = null
      if (this.inFlight.size === 0) return
      // What it had not done is lost: the build fails, and a later one starts a new writer.
      this.inFlight.clear()
      this.pendingBytes = this.batchBytes
      this.fail(new Error(`The file writer stopped (exit code ${code}).`))
    })
    this.worker = worker
    return worker
  }

  private fail(error: Error) {
    this.failure ??= error
    this.notify()
  }

  private change(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  private notify() {
    const waiters = this.waiters
    this.waiters = []
    for (const resolve of waiters) resolve()
  }
}

/** A plain folder: what `astro build` leaves for any static host. */
export class FolderStore implements OutputStore {
  private readonly writer = FileWriter.shared

  constructor(readonly root: string) {}

  write(file: string, bytes: Uint8Array): Promise<void> {
    return this.writer.write(path.join(this.root, file), bytes)
  }

  remove(file: string): Promise<void> {
    return this.writer.remove(path.join(this.root, file))
  }

  async read(file: string): Promise<Uint8Array> {
    // A file asked to be written may still be on its way.
    await this.writer.flush()
    return readFile(path.join(this.root, file))
  }

  flush(): Promise<void> {
    return this.writer.flush()
  }
}
