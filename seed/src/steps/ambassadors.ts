import { quarterBounds } from '@velkomst/shared/quarter'

import { AMBASSADOR_LOGIN, ambassadors, periodDay, visitRequests } from '../data/ambassadors'
import { privacyPage } from '../data/privacy'
import { surveyAnswers } from '../data/survey'
import { pageContent } from '../data/pages'
import { en, type Id, type SeedContext } from '../context'

const DAY = 24 * 3600 * 1000
const daysAgo = (today: Date, days: number, hour = 10) => {
  const d = new Date(today.getTime() - days * DAY)
  d.setUTCHours(hour, 0, 0, 0)
  return d.toISOString()
}

/** Welcome ambassadors, Amina linked to the demo ambassador login (users run first). */
export async function seedAmbassadors(ctx: SeedContext) {
  const { payload, common, today } = ctx
  await ctx.existing('users', 'email')
  await ctx.step(
    'ambassadors',
    'ambassadors',
    'slug',
    ambassadors,
    (a) => a.slug,
    async (a) => {
      const doc = await payload.create({
        collection: 'ambassadors',
        data: {
          name: a.name,
          slug: a.slug,
          showPublicly: a.showPublicly,
          temporary: a.temporary ?? false,
          periodFrom: periodDay(today, a.from),
          periodTo: periodDay(today, a.to),
          languages: a.languages,
          communities: ctx.ids('communities', a.communities) as number[],
          helpsWith: a.helpsWith.da,
          email: a.email,
          phone: a.phone,
          contactPreference: a.contactPreference,
          account: ctx.id('users', a.account) as number | undefined,
        },
        locale: 'da',
        ...common,
      })
      if (a.helpsWith.en) {
        await payload.update({
          collection: 'ambassadors',
          id: doc.id,
          data: { helpsWith: en(a.helpsWith) },
          locale: 'en',
          ...common,
        })
      }
      return doc.id
    },
  )
}

/** Visit requests in every state, only next to the demo's own ambassadors. */
export async function seedVisitRequests(ctx: SeedContext) {
  const { payload, common, today } = ctx
  const madeNow = ctx.createdNow.get('ambassadors') ?? new Set<Id>()
  if (madeNow.size === 0) {
    ctx.log('visit requests: left as they are (the ambassadors were there already)')
    return
  }
  const amina = ctx.id('ambassadors', 'amina-haddad')
  const aminaAccount = ctx.id('users', AMBASSADOR_LOGIN)
  await ctx.step(
    'visit requests',
    'visit-requests',
    'name',
    visitRequests,
    (r) => r.name,
    async (r) => {
      const assignedTo = r.assignedTo ? ctx.id('ambassadors', r.assignedTo) : undefined
      const sent = daysAgo(today, r.sent)
      const doc = await payload.create({
        collection: 'visit-requests',
        data: {
          name: r.name,
          email: r.email,
          phone: r.phone,
          language: r.language,
          neighbourhood: ctx.id('communities', r.neighbourhood) as number | undefined,
          household: r.household,
          message: r.message,
          consent: true,
          locale: r.locale,
          status: r.status,
          ambassador: ctx.id('ambassadors', r.asked) as number | undefined,
          assignedTo: assignedTo as number | undefined,
          assignedAt: assignedTo ? daysAgo(today, r.sent - 1) : undefined,
          closedAt: r.status === 'closed' ? daysAgo(today, Math.max(r.sent - 14, 1)) : undefined,
          notes: (r.notes ?? []).map((note, i) => ({
            text: note,
            author: (assignedTo === amina ? aminaAccount : undefined) as number | undefined,
            at: daysAgo(today, Math.max(r.sent - 2 - i * 3, 0), 15),
          })),
          createdAt: sent,
        },
        ...common,
      })
      return doc.id
    },
  )
}

/**
 * About fifty survey answers over two quarters, once (when the database has none): the demo
 * ambassador entered a few of them from conversations.
 */
export async function seedSurveyAnswers(ctx: SeedContext) {
  const { payload, common, today } = ctx
  const { totalDocs } = await payload.count({ collection: 'survey-answers', ...common })
  const answers = surveyAnswers(today)
  if (totalDocs > 0) {
    ctx.count('skipped', 'survey-answers')
    ctx.log('survey answers: left as they are')
    return
  }
  const ambassador = ctx.id('users', AMBASSADOR_LOGIN)
  let n = 0
  for (const a of answers) {
    // Spread over the quarter's days up to today, in order.
    const { start, end } = quarterBounds(a.quarter)
    const last = Math.min(end.getTime(), today.getTime()) - DAY
    const at = new Date(start.getTime() + ((last - start.getTime()) * (n++ % 24)) / 24)
    const doc = await payload.create({
      collection: 'survey-answers',
      data: {
        ...a,
        collectedBy: a.inPerson ? (ambassador as number | undefined) : undefined,
        createdAt: at.toISOString(),
      },
      ...common,
    })
    ctx.markCreated('survey-answers', doc.id)
  }
  ctx.log(`survey answers: ${answers.length} created`)
}

/** The privacy page (its forms' part is written by the site itself). */
export async function seedPrivacyPage(ctx: SeedContext) {
  await ctx.step(
    'privacy page',
    'pages',
    'slug',
    [privacyPage],
    (p) => p.slug,
    (p) =>
      ctx.createLocalized(
        'pages',
        {
          title: p.title.da,
          slug: p.slug,
          kind: p.kind,
          summary: p.summary.da,
          content: pageContent(p, 'da'),
        },
        { title: en(p.title), summary: en(p.summary), content: pageContent(p, 'en') },
      ),
  )
}
