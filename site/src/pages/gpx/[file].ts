import type { APIRoute, GetStaticPaths } from 'astro'
import { locales } from '@velkomst/shared/locales'
import type { MapFeature } from '@velkomst/shared/schemas'

import { content } from '../../lib/content'
import { gpx } from '../../lib/geo'
import { plain } from '../../lib/i18n'

/** A GPX download per route in a guide, named in each language. */
export const getStaticPaths = (async () => {
  const model = await content()
  return locales.flatMap(({ code: locale }) =>
    model.pages.flatMap((page) =>
      page.mapFeatures
        .map((feature, index) => ({ feature, index }))
        .filter(({ feature }) => feature.kind === 'route')
        .map(({ feature, index }) => ({
          params: { file: `${locale}-${page.slug}-${index + 1}.gpx` },
          props: {
            name: plain(feature.name, locale),
            description: feature.description ? plain(feature.description, locale) : null,
            feature,
          },
        })),
    ),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute<{ name: string; description: string | null; feature: MapFeature }> = ({
  props,
}) =>
  new Response(gpx(props.name, props.description, props.feature), {
    headers: { 'Content-Type': 'application/gpx+xml' },
  })
