import build from 'virtual:velkomst/build'

import { buildModel, type Model } from './model'
import { readSnapshot } from './source'

let loaded: Promise<Model> | undefined

/**
 * The site's content for the pages, read once per build from the folder the build prepared
 * (`virtual:velkomst/build`), with the build's "now" (BUILD_DATE, or when the build started).
 */
export function content(): Promise<Model> {
  loaded ??= readSnapshot(build.contentDir).then((snapshot) =>
    buildModel(snapshot, new Date(build.buildDate)),
  )
  return loaded
}
