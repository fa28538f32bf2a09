import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared package is TypeScript source.
  transpilePackages: ['@velkomst/shared'],
  // In a monorepo Turbopack must see the workspace root, where node_modules lives.
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  images: { unoptimized: true },
  // The CMS has no public pages of its own: the site is built separately.
  redirects: async () => [
    { source: '/', destination: '/admin', permanent: false },
    // Payload's reset form refuses a password submitted before its validation has caught up
    // (as when a password manager fills it in); our own form takes its place.
    {
      source: '/admin/reset/:token',
      destination: '/admin/set-password?token=:token',
      permanent: false,
    },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
