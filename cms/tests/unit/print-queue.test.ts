/** The PDF queue: two Chromiums at a time, the rest wait their turn or hear it is busy. */
import { describe, expect, it } from 'vitest'

import { Busy, jobQueue } from '../../src/letters/queue'

const later = () => {
  let release!: () => void
  const done = new Promise<void>((r) => (release = r))
  return { done, release }
}

describe('the print queue', () => {
  it('runs at most two jobs at once and every job in turn', async () => {
    const queue = jobQueue({ concurrency: 2, maxWaiting: 10, timeoutMs: 5_000 })
    let running = 0
    let most = 0
    const order: number[] = []
    const jobs = Array.from({ length: 6 }, (_, i) =>
      queue.run(async () => {
        running++
        most = Math.max(most, running)
        await new Promise((r) => setTimeout(r, 10))
        running--
        order.push(i)
        return i
      }),
    )
    expect(await Promise.all(jobs)).toEqual([0, 1, 2, 3, 4, 5])
    expect(most).toBe(2)
    expect(order.slice(2)).toEqual([2, 3, 4, 5])
    expect(queue.load).toEqual({ running: 0, waiting: 0 })
  })

  it('turns a job away when the queue is full, and when its wait runs out; it never runs', async () => {
    const queue = jobQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 50 })
    const first = later()
    const running = queue.run(() => first.done)
    let ran = false
    const waiting = queue.run(async () => {
      ran = true
    })
    await expect(queue.run(() => Promise.resolve())).rejects.toBeInstanceOf(Busy)
    await expect(waiting).rejects.toBeInstanceOf(Busy)
    first.release()
    await running
    expect(ran).toBe(false)
    expect(await queue.run(() => Promise.resolve('free again'))).toBe('free again')
  })

  it('frees the turn of a job that fails', async () => {
    const queue = jobQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 1_000 })
    await expect(queue.run(() => Promise.reject(new Error('chromium died')))).rejects.toThrow(
      'chromium died',
    )
    expect(await queue.run(() => Promise.resolve(1))).toBe(1)
  })
})
