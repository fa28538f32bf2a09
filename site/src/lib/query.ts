import { buildContext } from './build-context'
import type { Model } from './model'

const memos = new WeakMap<Model, Map<string, unknown>>()

/**
 * A value derived from the content, computed once per model: lists, groups, counts, anything
 * several pages ask for. During a site build it is also the unit of change tracking: a page that
 * calls `query(model, key, …)` depends on the value under `key`, not on everything the
 * computation looked at, so a page re-renders only when that value changes. The key must name
 * everything `compute` depends on besides the model it is given (e.g. `events:{"kind":"all"}`),
 * and `compute` must read the content only through that model.
 */
export function query<T>(model: Model, key: string, compute: (model: Model) => T): T {
  const context = buildContext()
  if (context) return context.query(model, key, compute)
  let cache = memos.get(model)
  if (!cache) memos.set(model, (cache = new Map<string, unknown>()))
  if (!cache.has(key)) cache.set(key, compute(model))
  return cache.get(key) as T
}

/**
 * A part of a page rendered once and reused by every page that shows it (`Reused.astro`): the
 * HTML `render()` gives, kept per model under `key` during a site build, which also gives each
 * page that reuses it the reads of rendering it. The key must name everything the part shows
 * besides the model. Without a build (`astro dev`) it is rendered every time.
 */
export function reused(key: string, render: () => Promise<string>): Promise<string> {
  const context = buildContext()
  return context ? context.reused(key, render) : render()
}
