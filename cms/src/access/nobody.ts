import type { Access } from 'payload'

/** For operations that happen only through hooks or the Local API with overrideAccess. */
export const nobody: Access = () => false
