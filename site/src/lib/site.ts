/** The site's public address (astro.config sets it from SITE_URL), for absolute links. */
export function siteOf(astro: { site?: URL | undefined }): URL {
  if (!astro.site) throw new Error('astro.config.mjs sets `site`; Astro.site is missing.')
  return astro.site
}
