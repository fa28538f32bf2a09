import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '@velkomst/shared/chromium'
import { readConfig } from '@velkomst/shared/config'

export { chromiumArgs } from '@velkomst/shared/chromium'

/** Debian's Chromium (CHROMIUM_PATH), headless, in a profile of its own for each test file. */
export function launchBrowser(
  options: Parameters<typeof launchChromium>[1] = {},
): Promise<BrowserContext> {
  return launchChromium(readConfig('tests').CHROMIUM_PATH, options)
}

/** The accessibility bar (ACCESSIBILITY.md): WCAG 2.2 AA, and best practice unless asked not to. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const

/** axe's violations on the page as readable lines (rule, help, where); none is `[]`. */
export async function axeViolations(
  page: Page,
  { bestPractice = true }: { bestPractice?: boolean } = {},
): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags([...axeTags, ...(bestPractice ? ['best-practice'] : [])])
    .analyze()
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}
