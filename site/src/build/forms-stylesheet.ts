import { href } from '@velkomst/shared/routes'
import { visitRequestForm } from '@velkomst/shared/newcomers'

/** The stylesheet's address on the site, for pages the CMS answers with. */
export const FORMS_STYLESHEET = 'forms.css'

/** The built page whose stylesheets make it: the Danish visit request form. */
export const FORMS_STYLESHEET_SOURCE = `${href('da', visitRequestForm.routes.form).slice(1)}index.html`

/**
 * The CMS answers a refused form (when no script ran) with a page of its own; to look like the
 * site it links the site's stylesheet. Astro names stylesheets by their content hash, so the
 * stylesheets a form page links are put together, in order, at one stable address
 * (`/forms.css`). `read` gives a compiled asset's text by its address (`/_astro/…css`).
 */
export async function formsStylesheet(
  html: string,
  read: (address: string) => Promise<string>,
): Promise<string> {
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+\.css)"/g)].map(
    (m) => m[1]!,
  )
  if (sheets.length === 0) throw new Error(`No stylesheet linked from ${FORMS_STYLESHEET_SOURCE}`)
  return (await Promise.all(sheets.map(read))).join('\n')
}
