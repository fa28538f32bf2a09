import { AsyncLocalStorage } from 'node:async_hooks'

import { installBuildContext, type BuildContext } from '../lib/build-context'
import type { Model } from '../lib/model'
import { fingerprint } from './fingerprint'

/**
 * What a page read while it rendered, as keys a later build can evaluate on another model:
 *
 * - `prop:<name>`: a value of the model (`settings`, `today`, a whole list such as `events`);
 * - `call:<name>:<args>`: a lookup (`association("12")`);
 * - `snap:<collection>`: a collection of the raw snapshot (`model.snapshot.welcomeLetters`);
 * - `q:<key>`: a query's value (`query(model, key, …)`): the page depends on the value, not on
 *   what computing it looked at.
 *
 * Nothing here knows the site's collections or page kinds: any page reads the model through
 * `content()`, whatever it shows, and is tracked the same way.
 */
export type ReadKey = string

type Reads = Set<ReadKey>

/** A part of pages rendered once (`reused`), with what rendering it read (null: not recorded). */
interface Part {
  html: string
  reads: Reads | null
}

/**
 * `text` as one string. Astro builds HTML by joining many pieces, and a joined string holds
 * every piece: kept for the whole build, an event's line took 2.9 KB instead of 1.2 KB (60,000
 * lines at 10x a large municipality). Reading it out whole makes one string of it.
 */
const flat = (text: string): string => Buffer.from(text).toString()

export class Tracker implements BuildContext {
  private readonly reads = new AsyncLocalStorage<Reads | null>()
  private current: Model | null = null
  private readonly raw = new WeakMap<object, Model>()
  private readonly proxies = new WeakMap<Model, Model>()
  private readonly memos = new WeakMap<Model, Map<string, unknown>>()
  /** Every query's computation by key, to evaluate it on a later model. */
  private readonly computations = new Map<string, (model: Model) => unknown>()
  /**
   * Each query's last value, with what computing it read and those reads' fingerprints then:
   * on a later model the value still holds (the same object) when none of them changed, so a
   * change to one association does not compute every event list again.
   */
  private readonly inputs = new Map<string, { value: unknown; reads: [ReadKey, string][] }>()

  /**
   * `keepInputs` false: a tracker for one build only (a render worker), which never compares
   * models and need not remember what its queries read.
   */
  constructor(private readonly keepInputs = true) {}

  /** Makes this tracker the build context pages see (one build runs at a time per process). */
  install(): this {
    installBuildContext(this)
    return this
  }

  /** The model the next renders see. */
  use(model: Model): void {
    this.current = model
  }

  model(): Model {
    if (!this.current) throw new Error('The site build has no content model yet.')
    return this.reads.getStore() ? this.tracked(this.current) : this.current
  }

  query<T>(model: Model, key: string, compute: (model: Model) => T): T {
    const raw = this.raw.get(model) ?? model
    this.reads.getStore()?.add(`q:${key}`)
    this.computations.set(key, compute)
    return this.memo(raw, key, compute)
  }

  private memo<T>(model: Model, key: string, compute: (model: Model) => T): T {
    let cache = this.memos.get(model)
    if (!cache) this.memos.set(model, (cache = new Map<string, unknown>()))
    // What the computation reads is its own business: the page depends on its value.
    if (!cache.has(key)) cache.set(key, this.compute(model, key, compute))
    return cache.get(key) as T
  }

  private compute<T>(model: Model, key: string, compute: (model: Model) => T): T {
    if (!this.keepInputs) return this.reads.run(null, () => compute(model))
    const before = this.inputs.get(key)
    if (before?.reads.every(([read, print]) => this.fingerprintOf(read, model) === print)) {
      return before.value as T
    }
    const reads: Reads = new Set()
    const value = this.reads.run(reads, () => compute(this.tracked(model)))
    this.inputs.set(key, {
      value,
      reads: [...reads].map((read) => [read, this.fingerprintOf(read, model)]),
    })
    return value
  }

  /** Parts of pages rendered under a key, per model, with what rendering them read. */
  private readonly parts = new WeakMap<Model, Map<string, Promise<Part>>>()

  async reused(key: string, render: () => Promise<string>): Promise<string> {
    const model = this.current
    if (!model) throw new Error('The site build has no content model yet.')
    let parts = this.parts.get(model)
    if (!parts) this.parts.set(model, (parts = new Map<string, Promise<Part>>()))
    const page = this.reads.getStore()
    let part = parts.get(key)
    // Kept without its reads (rendered outside a page's recording): a recorded page renders it.
    if (!part || (page && !(await part).reads)) {
      const reads: Reads | null = page ? new Set() : null
      part = this.reads.run(reads, render).then((html) => ({ html: flat(html), reads }))
      parts.set(key, part)
      const kept = part
      kept.catch(() => parts.get(key) === kept && parts.delete(key))
    }
    const { html, reads } = await part
    if (page && reads) for (const read of reads) page.add(read)
    return html
  }

  /** Runs `render` and returns what it read, besides its value. */
  async recording<T>(render: () => Promise<T>): Promise<{ value: T; reads: Reads }> {
    const reads: Reads = new Set()
    const value = await this.reads.run(reads, render)
    return { value, reads }
  }

  /** Runs `work` with nothing recorded (e.g. a route's list of paths). */
  untracked<T>(work: () => T): T {
    return this.reads.run(null, work)
  }

  /** The value a read key stands for on a model, or a marker when it cannot be evaluated. */
  evaluate(key: ReadKey, model: Model): unknown {
    const colon = key.indexOf(':')
    const kind = key.slice(0, colon)
    const rest = key.slice(colon + 1)
    const record = model as unknown as Record<string, unknown>
    switch (kind) {
      case 'prop':
        return record[rest]
      case 'snap':
        return (model.snapshot as unknown as Record<string, unknown>)[rest]
      case 'call': {
        const at = rest.indexOf(':')
        const name = rest.slice(0, at)
        const args = JSON.parse(rest.slice(at + 1)) as unknown[]
        const fn = record[name]
        return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown)(...args) : fn
      }
      case 'q': {
        const compute = this.computations.get(rest)
        // A query nobody has asked for in this process: unknown, so it counts as changed.
        if (!compute) return Symbol('unknown query')
        return this.reads.run(null, () => this.memo(model, rest, compute))
      }
      default:
        return Symbol('unknown read')
    }
  }

  /** The fingerprint of a read key's value on a model. */
  fingerprintOf(key: ReadKey, model: Model): string {
    const value = this.evaluate(key, model)
    return typeof value === 'symbol' ? `?${Math.random()}` : fingerprint(value)
  }

  /** The model as pages see it while a read set is active: every read is recorded. */
  private tracked(model: Model): Model {
    let proxy = this.proxies.get(model)
    if (proxy) return proxy
    const reads = this.reads
    const snapshot = new Proxy(model.snapshot, {
      get(target, property, receiver) {
        if (typeof property === 'string') reads.getStore()?.add(`snap:${property}`)
        return Reflect.get(target, property, receiver) as unknown
      },
    })
    proxy = new Proxy(model, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown
        if (typeof property !== 'string') return value
        if (property === 'snapshot') return snapshot
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            reads.getStore()?.add(`call:${property}:${JSON.stringify(args)}`)
            return (value as (...a: unknown[]) => unknown).apply(target, args)
          }
        }
        reads.getStore()?.add(`prop:${property}`)
        return value
      },
    })
    this.proxies.set(model, proxy)
    this.raw.set(proxy, model)
    return proxy
  }
}
