import { richText } from '../data/helpers'
import { stories, storyDate } from '../data/stories'
import { en, type Id, type SeedContext } from '../context'

/** The good stories, in Danish with English where written, tied to the demo's listings. */
export async function seedStories(ctx: SeedContext, images: Map<string, Id>) {
  await ctx.step(
    'stories',
    'stories',
    'slug',
    stories,
    (s) => s.slug,
    (s) =>
      ctx.createLocalized(
        'stories',
        {
          title: s.title.da,
          slug: s.slug,
          summary: s.summary.da,
          body: richText(s.body.da),
          publishedOn: storyDate(ctx.today, s),
          image: s.image ? images.get(s.image) : undefined,
          associations: ctx.ids('associations', s.associations),
          events: ctx.ids('events', s.events),
          communities: ctx.ids('communities', s.communities),
        },
        {
          title: en(s.title),
          summary: en(s.summary),
          body: s.body.en ? richText(s.body.en) : undefined,
        },
      ),
  )
}
