import { settings } from '../data/settings'
import type { SeedContext } from '../context'

/**
 * Site settings, only while nobody has saved them yet (a fresh database): a municipality's own
 * settings are never overwritten, whatever they say about the demo notice.
 */
export async function seedSettings(ctx: SeedContext) {
  const { payload, common } = ctx
  const current = await payload.findGlobal({ slug: 'site-settings', ...common })
  if (current.updatedAt) {
    ctx.count('skipped', 'site-settings')
    ctx.log('site settings: already saved, left as they are')
    return
  }
  await payload.updateGlobal({ slug: 'site-settings', data: settings.da, locale: 'da', ...common })
  await payload.updateGlobal({ slug: 'site-settings', data: settings.en, locale: 'en', ...common })
  ctx.count('created', 'site-settings')
  ctx.log('site settings: demo notice switched on')
}
