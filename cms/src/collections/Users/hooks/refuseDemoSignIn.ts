import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { isDemoPassword } from '@velkomst/shared/demo'

import { isDemonstration } from '../../../config'
import { editorLocale } from '../../../fields/messages'
import { translate } from '@velkomst/shared/i18n'

/**
 * Outside a demonstration nobody signs in with a demo password (they are public in the README),
 * even if a demo account was left behind: refused before the password is checked, so the
 * attempt does not count towards the account's lockout either.
 */
export const refuseDemoSignIn: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'login' || isDemonstration()) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (isDemoPassword(password)) {
    throw new APIError(translate(editorLocale(req), 'cms.signIn.demoPassword'), 401, null, true)
  }
  return args
}
