import type { Model } from './model'

/**
 * What a site build provides to the pages while it renders them (`site/src/build/tracking.ts`):
 * the content model for this build and derived values ("queries") computed once per model. The
 * build records what each page reads through them, so a later build knows which pages a change
 * touches. Pages never see it directly: `content()` and `query()` use it when it is there, and
 * fall back to reading the content themselves when it is not (`astro dev`).
 */
export interface BuildContext {
  /** The model of the build in progress (reads through it are recorded for the page). */
  model(): Model
  /**
   * `compute(model)`, remembered per model under `key` and recorded as one read. The key must
   * name everything the computation depends on besides the model (its arguments).
   */
  query<T>(model: Model, key: string, compute: (model: Model) => T): T
  /**
   * The HTML of a part of a page (`render()`), rendered once per model under `key` and reused by
   * every page that shows it; a page that reuses it reads what rendering it read. The key must
   * name everything the part shows besides the model.
   */
  reused(key: string, render: () => Promise<string>): Promise<string>
}

const slot = Symbol.for('velkomst.build-context')
type Slots = Record<symbol, BuildContext | undefined>

/** The build context of the build in this process, if one is running. */
export const buildContext = (): BuildContext | undefined => (globalThis as Slots)[slot]

/** Installs (or removes) the build context; the site build does this, pages never. */
export function installBuildContext(context: BuildContext | undefined): void {
  ;(globalThis as Slots)[slot] = context
}
