/**
 * Driving Payload's admin in a browser without racing it: every navigation waits until the
 * admin has hydrated for that path (`AdminReady` marks it) and its first requests are answered;
 * every change waits for the form's state to come back before anything is clicked.
 */
import { expect } from 'vitest'
import type { Page } from 'playwright-core'

/** Waits until the admin page at the current address is interactive. */
export async function adminReady(page: Page, timeout = 30_000) {
  await page.waitForFunction(
    () => document.documentElement.dataset.adminReady === window.location.pathname,
    undefined,
    { timeout },
  )
  await page.waitForLoadState('networkidle', { timeout })
}

/** Opens an admin address and waits for it to be ready. */
export async function openAdmin(page: Page, url: string) {
  await page.goto(url)
  await adminReady(page)
}

/** Follows a client-side navigation (a click on a link) to its end. */
export async function afterNavigation(page: Page, url: RegExp) {
  await page.waitForURL(url)
  await adminReady(page)
}

/** Signs in through the login form and waits for the dashboard. */
export async function signIn(page: Page, base: string, email: string, password: string) {
  await page.context().clearCookies()
  await openAdmin(page, `${base}/admin/login`)
  await page.fill('input[name=email]', email)
  await page.fill('input[name=password]', password)
  await page.click('button[type=submit]')
  await afterNavigation(page, /\/admin\/?$/)
}

/** Fills a field and waits for the admin to take it (its form-state request answered). */
export async function fillField(page: Page, selector: string, value: string) {
  const answered = page
    .waitForResponse((r) => r.request().method() === 'POST', { timeout: 10_000 })
    .catch(() => null)
  await page.locator(selector).fill(value)
  await answered
}

/** Clicks a button as soon as the admin enables it. */
export async function clickWhenEnabled(page: Page, name: RegExp | string) {
  const button = page.getByRole('button', { name }).first()
  await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true)
  await button.click()
}

/** Payload's toasts, read until one matches. */
export const toast = (page: Page, text: RegExp) =>
  expect
    .poll(() => page.locator('.payload-toast-container').innerText(), { timeout: 20_000 })
    .toMatch(text)
