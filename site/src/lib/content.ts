import { buildModel, type Model } from './model'
import { prepareContent, readSnapshot } from './source'

/**
 * The site's content, loaded once per build. `BUILD_DATE` (ISO) pins "now" for tests and
 * reproducible builds; otherwise it is the moment the build starts.
 */
let loaded: Promise<Model> | undefined

export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  if (!env.BUILD_DATE) return new Date()
  const date = new Date(env.BUILD_DATE)
  if (Number.isNaN(date.getTime())) throw new Error(`BUILD_DATE is not a date: ${env.BUILD_DATE}`)
  return date
}

export function content(): Promise<Model> {
  loaded ??= (async () => {
    const dir = process.env.VELKOMST_CONTENT_READY ?? (await prepareContent())
    // The build's last step (media, search index) reads the same folder.
    process.env.VELKOMST_CONTENT_READY = dir
    return buildModel(await readSnapshot(dir), buildDate())
  })()
  return loaded
}
