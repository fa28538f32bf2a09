import type { AfterErrorHook, PayloadRequest } from 'payload'
import { translate, type DictionaryKey, type Params } from '@velkomst/shared/i18n'

import { editorLocale } from '../fields/messages'

/** Payload's own messages that are English whatever the caller's language, by what they say. */
const versionIdMissing = new Set([
  'Missing ID of version.',
  'Missing ID of version to restore.',
  'ID was not specified',
])

function translated(error: Error, req: PayloadRequest): string | undefined {
  const say = (key: DictionaryKey, params?: Params) => translate(editorLocale(req), key, params)
  const status = (error as { status?: number }).status
  if (error.name === 'QueryError') {
    const paths = ((error as { data?: { path?: string }[] }).data ?? []).map((d) => d.path)
    return say('cms.request.filterPath', { path: paths.join(', ') })
  }
  if (versionIdMissing.has(error.message)) {
    const raw = req.routeParams?.id
    return say('cms.request.notAnId', { id: typeof raw === 'string' ? raw.slice(0, 80) : '' })
  }
  if (error.message === 'Invalid JSON') return say('cms.request.bodyJson')
  if (!status || status >= 500) return say('cms.request.failed')
  return undefined
}

/**
 * Errors Payload raises with an English message (a filter on a path that does not exist, a
 * version id that is not one, an internal error) are answered in the caller's language, for
 * REST and GraphQL alike. Payload's translated errors (validation, not found, forbidden) and our
 * own pass through unchanged.
 */
export const answersInCallersLanguage: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  if (graphqlResult && !(error as { originalError?: Error }).originalError) return
  const message = translated(original, req)
  if (!message) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  if (result) {
    const [first, ...rest] = result.errors
    return { response: { ...result, errors: [{ ...first, message }, ...rest] } }
  }
  return
}
