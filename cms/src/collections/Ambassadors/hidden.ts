import type { CollectionConfig, GlobalConfig } from 'payload'

import { isAmbassadorUser } from '../../access/roles'

type Hidden = NonNullable<NonNullable<CollectionConfig['admin']>['hidden']>

/**
 * An ambassador's admin shows their visit requests, the survey answers they entered and their
 * own record; the directory's collections (which they may read, as the public may) are left out
 * of their navigation.
 */
export function hiddenFromAmbassadors<T extends CollectionConfig | GlobalConfig>(config: T): T {
  const hidden = config.admin?.hidden as Hidden | undefined
  return {
    ...config,
    admin: {
      ...config.admin,
      hidden: (args: { user: unknown }) =>
        isAmbassadorUser(args.user) ||
        (typeof hidden === 'function' ? hidden(args as never) : Boolean(hidden)),
    },
  }
}
