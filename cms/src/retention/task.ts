import type { TaskConfig } from 'payload'

import { deletePersonalData, type Deleted } from './delete'

/** The queue the retention job runs in (`jobs.autoRun` works it every few minutes). */
export const RETENTION_QUEUE = 'privacy'

/**
 * Payload's jobs queue deletes expired personal data every night at 03:15: the schedule puts a
 * job in the queue when it is due, and the CMS's own cron (`jobs.autoRun`, started with the
 * server) runs it. A job that fails is tried again twice.
 */
export const deletePersonalDataTask: TaskConfig<{ input: object; output: Deleted }> = {
  slug: 'deletePersonalData',
  label: 'Delete personal data after the retention period',
  retries: 2,
  schedule: [{ cron: '15 3 * * *', queue: RETENTION_QUEUE }],
  outputSchema: [
    { name: 'requests', type: 'number', required: true },
    { name: 'emails', type: 'number', required: true },
    { name: 'attempts', type: 'number', required: true },
    { name: 'unconfirmed', type: 'number', required: true },
    { name: 'senders', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await deletePersonalData(req.payload) }),
}
