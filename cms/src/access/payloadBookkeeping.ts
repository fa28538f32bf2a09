import type { SanitizedConfig } from 'payload'

/**
 * Payload adds the jobs' schedule bookkeeping (the global `payload-jobs-stats`) while it
 * sanitizes the config, with the default access of a global: any signed-in user could read and
 * overwrite it through REST and GraphQL, and so stop or repeat the nightly deletion of personal
 * data. Only Payload itself needs it, and it goes straight to the database adapter.
 */
export function closePayloadBookkeeping(config: SanitizedConfig): SanitizedConfig {
  const nobody = () => false
  for (const global of config.globals) {
    if (global.slug !== 'payload-jobs-stats') continue
    global.access = { ...global.access, read: nobody, readVersions: nobody, update: nobody }
  }
  return config
}
