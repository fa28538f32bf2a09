import { startPayload as start, type TestPayload } from '@velkomst/testing/payload'

export type { TestPayload }

/** Payload with the CMS's config on a fresh throwaway database (see @velkomst/testing). */
export const startPayload = (name: string): Promise<TestPayload> =>
  start(name, () => import('../../src/payload.config'))
