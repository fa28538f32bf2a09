import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { checkNotDemoPassword, checkPassword } from '@velkomst/shared/validation'

import { isDemonstration } from '../../../config'

import { messageFor } from '../../../fields/messages'

type Args = { data?: { password?: unknown; role?: unknown; token?: unknown }; id?: unknown }

/** The role of the account a password is being set for, as far as it can be known up front. */
async function roleFor(req: PayloadRequest, operation: string, args: Args): Promise<unknown> {
  if (args.data?.role) return args.data.role
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      overrideAccess: true,
      req,
    })
    return totalDocs === 0 ? 'admin' : 'association-editor'
  }
  const where: Where =
    operation === 'resetPassword'
      ? {
          resetPasswordToken: {
            equals: typeof args.data?.token === 'string' ? args.data.token : '',
          },
        }
      : { id: { equals: args.id as number } }
  if (operation !== 'resetPassword' && (args.id === undefined || args.id === null)) return undefined
  const { docs } = await req.payload.find({
    collection: 'users',
    where,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { role: true },
    req,
  })
  return docs[0]?.role
}

/**
 * Every way a password is set (creating an account, changing it, the reset link) meets the
 * same rule: `checkPassword` in shared, stricter for staff and admins; outside a demonstration
 * none of the demo's public passwords.
 */
export const passwordPolicy: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const { data } = args as Args
  if (!data || data.password === undefined) return args
  const problem =
    checkNotDemoPassword(data.password, isDemonstration()) ??
    checkPassword(data.password, await roleFor(req, operation, args as Args))
  if (problem) {
    throw new ValidationError(
      {
        collection: 'users',
        errors: [{ message: messageFor(req, problem), path: 'password' }],
        req,
      },
      req.t,
    )
  }
  return args
}
