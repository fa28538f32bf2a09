import {
  APIError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type Field,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { translate, type DictionaryKey, type Params } from '@velkomst/shared/i18n'

import { editorLocale, messageFor } from '../fields/messages'
import { checkData, type DataProblem } from './data'
import { isDocumentId, isPlainObject } from './fields'
import { filterProblem, sortProblem, type FilterProblem } from './where'

/** A 400 with the message in the caller's language. */
export function badRequest(req: PayloadRequest, key: DictionaryKey, params?: Params, status = 400) {
  return new APIError(translate(editorLocale(req), key, params), status, null, true)
}

const shown = (value: unknown) => String(value).slice(0, 80)

/**
 * The id an operation works on must be one the database can hold. REST gives Payload the
 * path's id through `parseFloat` (so `1abc` became document 1 and `abc` a database error): the
 * raw path segment is checked when the id came from it.
 */
function checkId(req: PayloadRequest, id: unknown) {
  const raw = req.routeParams?.id
  const fromRoute =
    typeof raw === 'string' &&
    (raw === String(id) ||
      (typeof id === 'number' && Number.parseFloat(raw) === id) ||
      Number.isNaN(id))
  const candidate = fromRoute ? raw : id
  if (!isDocumentId(req.payload, candidate)) {
    throw badRequest(req, 'cms.request.notAnId', { id: shown(candidate) })
  }
}

function filterError(req: PayloadRequest, problem: FilterProblem) {
  return problem.unknown
    ? badRequest(req, 'cms.request.filterPath', { path: problem.field })
    : badRequest(req, 'cms.request.filter', { field: problem.field, value: problem.value })
}

function validationError(
  req: PayloadRequest,
  problems: DataProblem[],
  entity: { collection?: string; global?: string },
) {
  return new ValidationError(
    {
      ...entity,
      errors: problems.map(({ path, problem, label }) => ({
        path,
        message: messageFor(req, problem),
        ...(label ? { label } : {}),
      })),
      req,
    },
    req.t,
  )
}

interface Args {
  id?: unknown
  where?: unknown
  sort?: unknown
  data?: unknown
}

/** Checks ids, filters and sort keys, and the shape of written data; returns the data trimmed. */
async function checkArgs(
  req: PayloadRequest,
  fields: Field[],
  operation: string,
  args: Args,
  entity: { collection?: string; global?: string; versions: boolean },
): Promise<Args> {
  if (args.id !== undefined && entity.collection) checkId(req, args.id)
  if (args.where !== undefined) {
    const problem = filterProblem(req.payload, fields, args.where, entity.versions)
    if (problem) throw filterError(req, problem)
  }
  if (args.sort !== undefined) {
    const problem = sortProblem(req.payload, fields, args.sort, entity.versions)
    if (problem) throw filterError(req, problem)
  }
  if (operation !== 'create' && operation !== 'update') return args
  // Payload's own bookkeeping (preferences, locked documents) is written by Payload, in shapes
  // its field hooks then put right (the admin sends a preference's user as { collection, value }).
  if (entity.collection?.startsWith('payload-')) return args
  if (!isPlainObject(args.data)) throw badRequest(req, 'cms.request.bodyDocument')
  const { data, problems } = await checkData(req, fields, args.data, req.locale === 'all')
  if (problems.length) throw validationError(req, problems, entity)
  return { ...args, data }
}

/**
 * Before any collection operation: what the caller sent must fit what the collection holds.
 * Payload passes ids, filter values and field values on to the database as they come, so a
 * word where a number belongs answered 500 (SQLite refuses to bind NaN), `1abc` read document 1,
 * and text given as an object was stored as "[object Object]". Here each gets a 400 naming the
 * field, in the caller's language, before anything is read or written.
 */
export const checkInput: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const checked = await checkArgs(req, collection.fields, operation, args as Args, {
    collection: collection.slug,
    versions: Boolean(collection.versions),
  })
  return checked === args ? args : ({ ...args, ...checked } as typeof args)
}

/** The same for a global's update. */
export const checkGlobalInput: GlobalBeforeOperationHook = async ({
  args,
  global,
  operation,
  req,
}) => {
  const incoming = args as Args
  const checked = await checkArgs(req, global.fields, operation, incoming, {
    global: global.slug,
    versions: Boolean(global.versions),
  })
  const result: Args = checked === incoming ? incoming : { ...incoming, ...checked }
  return result
}
