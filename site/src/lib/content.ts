import build from 'virtual:velkomst/build'

import { buildContext } from './build-context'
import { buildModel, type Model } from './model'
import { readSnapshot } from './source'

let loaded: Promise<Model> | undefined

/**
 * The site's content for the pages. During a build it is the build's model (`BuildContext`),
 * which records what each page reads; under `astro dev` it is read once from the folder the
 * dev server prepared (`virtual:velkomst/build`), at that moment.
 */
export function content(): Promise<Model> {
  const context = buildContext()
  if (context) return Promise.resolve(context.model())
  const { contentDir, buildDate } = build
  if (!contentDir || !buildDate) throw new Error('No content: the velkomst integration has none.')
  loaded ??= readSnapshot(contentDir).then((snapshot) => buildModel(snapshot, new Date(buildDate)))
  return loaded
}

export { query, reused } from './query'
