/** A job could not start in time: the printer is busy with others. */
export class Busy extends Error {
  constructor() {
    super('busy')
    this.name = 'Busy'
  }
}

interface QueueOptions {
  /** Jobs running at once. */
  concurrency: number
  /** Jobs waiting at most; one more is turned away at once. */
  maxWaiting: number
  /** How long a job waits for its turn before it is turned away. */
  timeoutMs: number
}

/**
 * Runs jobs a few at a time, first come first served. A job that cannot start within the
 * timeout, or finds the queue full, fails with `Busy` and never runs.
 */
export function jobQueue({ concurrency, maxWaiting, timeoutMs }: QueueOptions) {
  let running = 0
  const waiting: { start: () => void; timer: NodeJS.Timeout }[] = []

  const next = () => {
    running--
    const first = waiting.shift()
    if (first) {
      clearTimeout(first.timer)
      first.start()
    }
  }

  const turn = () =>
    new Promise<void>((resolve, reject) => {
      if (running < concurrency) {
        running++
        resolve()
        return
      }
      if (waiting.length >= maxWaiting) {
        reject(new Busy())
        return
      }
      const entry = {
        start: () => {
          running++
          resolve()
        },
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1)
          reject(new Busy())
        }, timeoutMs),
      }
      waiting.push(entry)
    })

  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      await turn()
      try {
        return await job()
      } finally {
        next()
      }
    },
    /** Jobs running and waiting now. */
    get load() {
      return { running, waiting: waiting.length }
    },
  }
}
