/**
 * Queries on a later model (`src/build/tracking.ts`): a query's value is computed again only
 * when something it read changed, so an update at 10x does not compute every event list again
 * for one association's new summary. Whether the pages are still right is the property test's
 * business (`tests/incremental.test.ts`); this checks what is computed.
 */
import { describe, expect, it } from 'vitest'

import type { Model } from '../../src/lib/model'
import { Tracker } from '../../src/build/tracking'

interface Fake {
  snapshot: Record<string, unknown>
  events: { id: string; free: boolean }[]
  associations: { id: string; name: string }[]
  today: string
}
const asModel = (fake: Fake) => fake as unknown as Model
const model = (over: Partial<Fake> = {}): Fake => ({
  snapshot: {},
  events: [
    { id: '1', free: true },
    { id: '2', free: false },
  ],
  associations: [{ id: 'a', name: 'Skakklubben' }],
  today: '2026-11-28',
  ...over,
})

function freeEvents(tracker: Tracker, m: Model, counter: { n: number }) {
  return tracker.query(m, 'free', (x) => {
    counter.n++
    return (x as unknown as Fake).events.filter((e) => e.free)
  })
}

describe('queries on a later model', () => {
  it('keep their value when nothing they read changed, and compute it again when it did', () => {
    const tracker = new Tracker()
    const counter = { n: 0 }
    const first = model()
    const value = freeEvents(tracker, asModel(first), counter)
    expect(counter.n).toBe(1)

    // Another association's name: the events list was not read, so the same value stands.
    const second = model({ events: first.events, associations: [{ id: 'a', name: 'Ny' }] })
    const print = tracker.fingerprintOf('q:free', asModel(second))
    expect(counter.n).toBe(1)
    expect(freeEvents(tracker, asModel(second), counter)).toBe(value)
    expect(print).toBe(tracker.fingerprintOf('q:free', asModel(first)))

    // Equal content in new objects (a snapshot applied again): still the same value.
    const third = model({ events: first.events.map((e) => ({ ...e })) })
    expect(freeEvents(tracker, asModel(third), counter)).toBe(value)
    expect(counter.n).toBe(1)

    // An event became free: computed again, with the new answer.
    const fourth = model({
      events: [
        { id: '1', free: true },
        { id: '2', free: true },
      ],
    })
    expect(freeEvents(tracker, asModel(fourth), counter).map((e) => e.id)).toEqual(['1', '2'])
    expect(counter.n).toBe(2)
  })

  it('follow the queries they read: an inner query that changed computes the outer again', () => {
    const tracker = new Tracker()
    const outer = { n: 0 }
    const inner = { n: 0 }
    const count = (m: Model) =>
      tracker.query(m, 'free.count', (x) => {
        outer.n++
        return freeEvents(tracker, x, inner).length
      })
    const first = model()
    expect(count(asModel(first))).toBe(1)
    expect(count(asModel(model({ events: first.events, today: '2026-11-29' })))).toBe(1)
    expect([outer.n, inner.n]).toEqual([1, 1])
    expect(count(asModel(model({ events: [{ id: '3', free: true }, ...first.events] })))).toBe(2)
    expect([outer.n, inner.n]).toEqual([2, 2])
  })

  it('are computed on every model by a tracker for one build only (a render worker)', () => {
    const tracker = new Tracker(false)
    const counter = { n: 0 }
    const first = model()
    freeEvents(tracker, asModel(first), counter)
    freeEvents(tracker, asModel(model({ events: first.events })), counter)
    expect(counter.n).toBe(2)
  })
})

describe('parts of pages rendered once (`reused`)', () => {
  /** A part that reads an association's name, as a component reads the model. */
  const part = (tracker: Tracker, id: string, counter: { n: number }) => async () => {
    counter.n++
    await Promise.resolve()
    const m = tracker.model() as unknown as { association(id: string): { name: string } }
    return `<b>${m.association(id).name}</b>`
  }
  const withLookup = (fake: Fake) =>
    asModel({
      ...fake,
      association(this: Fake, id: string) {
        return this.associations.find((a) => a.id === id)
      },
    } as Fake)

  it('are rendered once per key and model, and every page that shows one reads what it read', async () => {
    const tracker = new Tracker()
    const counter = { n: 0 }
    tracker.use(withLookup(model()))
    const pageA = await tracker.recording(() => tracker.reused('a', part(tracker, 'a', counter)))
    const pageB = await tracker.recording(async () => {
      const [x, y] = await Promise.all([
        tracker.reused('a', part(tracker, 'a', counter)),
        tracker.reused('a', part(tracker, 'a', counter)),
      ])
      return x + y
    })
    expect(pageA.value).toBe('<b>Skakklubben</b>')
    expect(pageB.value).toBe('<b>Skakklubben</b><b>Skakklubben</b>')
    expect(counter.n).toBe(1)
    // The second page did not render the part, yet it depends on the association as the first.
    expect([...pageB.reads]).toEqual([...pageA.reads])
    expect([...pageA.reads]).toEqual(['call:association:["a"]'])

    // A later model renders it again, with the later content.
    tracker.use(withLookup(model({ associations: [{ id: 'a', name: 'Ny' }] })))
    const later = await tracker.recording(() => tracker.reused('a', part(tracker, 'a', counter)))
    expect(later.value).toBe('<b>Ny</b>')
    expect(counter.n).toBe(2)
  })

  it('are rendered again for a recorded page when they were kept without their reads', async () => {
    const tracker = new Tracker()
    const counter = { n: 0 }
    tracker.use(withLookup(model()))
    await tracker.reused('a', part(tracker, 'a', counter))
    const page = await tracker.recording(() => tracker.reused('a', part(tracker, 'a', counter)))
    expect(counter.n).toBe(2)
    expect([...page.reads]).toEqual(['call:association:["a"]'])
  })

  it('are not kept when rendering them failed', async () => {
    const tracker = new Tracker(false)
    tracker.use(withLookup(model()))
    await expect(tracker.reused('x', () => Promise.reject(new Error('broken')))).rejects.toThrow(
      'broken',
    )
    expect(await tracker.reused('x', () => Promise.resolve('<i>ok</i>'))).toBe('<i>ok</i>')
  })

  it('keep the text as rendered (made one string: non-ASCII text survives)', async () => {
    const tracker = new Tracker(false)
    tracker.use(withLookup(model()))
    const pieces = Array.from({ length: 50 }, (_, i) => `<li>${i} – æ</li>`)
    const html = await tracker.reused('list', () => Promise.resolve(pieces.reduce((a, b) => a + b)))
    expect(html).toBe(pieces.join(''))
  })
})
