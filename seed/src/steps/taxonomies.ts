import { categories } from '../data/categories'
import { communities } from '../data/communities'
import { en, type SeedContext } from '../context'

export async function seedCategories(ctx: SeedContext) {
  await ctx.step(
    'categories',
    'categories',
    'slug',
    categories,
    (c) => c.slug,
    (c) =>
      ctx.createLocalized(
        'categories',
        { name: c.name.da, slug: c.slug, group: c.group },
        { name: en(c.name) },
      ),
  )
}

export async function seedCommunities(ctx: SeedContext) {
  await ctx.step(
    'communities',
    'communities',
    'slug',
    communities,
    (c) => c.slug,
    (c) =>
      ctx.createLocalized(
        'communities',
        { name: c.name.da, slug: c.slug, kind: c.kind, description: c.description.da },
        { name: en(c.name), description: en(c.description) },
      ),
  )
}
