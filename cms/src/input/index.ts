import type { SanitizedConfig } from 'payload'

import { checkGlobalInput, checkInput } from './hooks'
import { preferenceDeleteAnswers404 } from './preferences'

/**
 * Every collection and global, Payload's own included (preferences, locked documents …), checks
 * what a caller sends before its other hooks and Payload see it: ids, filters, sort keys, and
 * the shape of every field's value, texts trimmed. Applied to the finished config, so anything
 * added later, by us or by Payload, is checked too.
 */
export function checksInput(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [checkInput, ...(collection.hooks.beforeOperation ?? [])]
  }
  for (const global of config.globals) {
    global.hooks.beforeOperation = [checkGlobalInput, ...(global.hooks.beforeOperation ?? [])]
  }
  preferenceDeleteAnswers404(config)
  return config
}
