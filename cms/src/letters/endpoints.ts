import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { toLocale } from '@velkomst/shared/i18n'
import { shiftQuarter } from '@velkomst/shared/quarter'

import { isStaffUser } from '../access/roles'
import { done, refuse, routeId } from '../http/answers'
import { letterCopy, offerCopy, type LetterToCopy, type OfferToCopy } from './copy'
import { loadLetter, viewOf } from './load'
import { offerIdsOf } from './model'
import { letterPdf } from './pdf'
import { Busy } from './queue'
import { letterHtml } from './render'

const localeOf = (req: PayloadRequest) =>
  toLocale(typeof req.searchParams?.get === 'function' ? req.searchParams.get('locale') : null)

async function renderFor(req: PayloadRequest) {
  if (!isStaffUser(req.user)) return null
  const locale = localeOf(req)
  const loaded = await loadLetter(req.payload, routeId(req), req.user)
  return { locale, quarter: loaded.letter.quarter, html: await letterHtml(viewOf(loaded, locale)) }
}

/**
 * `GET /api/welcome-letters/:id/print?locale=da|en`: the letter as a printable A4 page (preview);
 * `GET …/pdf?locale=…`: the same page as a PDF download; `POST …/copy-to-next-quarter`: the
 * letter and its offers copied into the next quarter as drafts. Staff only.
 */
export const letterEndpoints: Endpoint[] = [
  {
    path: '/:id/print',
    method: 'get',
    handler: async (req) => {
      const letter = await renderFor(req)
      if (!letter) return refuse(req, 403, 'cms.error.forbidden')
      return new Response(letter.html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    },
  },
  {
    path: '/:id/pdf',
    method: 'get',
    handler: async (req) => {
      const letter = await renderFor(req)
      if (!letter) return refuse(req, 403, 'cms.error.forbidden')
      try {
        const pdf = await letterPdf(letter.html)
        const name = `velkomstbrev-${letter.quarter.toLowerCase()}-${letter.locale}.pdf`
        return new Response(new Uint8Array(pdf), {
          headers: {
            'Content-Type': 'application/pdf',
            'Content-Disposition': `attachment; filename="${name}"`,
            'Cache-Control': 'no-store',
          },
        })
      } catch (error) {
        if (error instanceof Busy) return refuse(req, 503, 'cms.letter.pdfBusy')
        req.payload.logger.error(error)
        return refuse(req, 500, 'cms.letter.pdfFailed', {
          message: error instanceof Error ? error.message.split('\n')[0]! : String(error),
        })
      }
    },
  },
  {
    path: '/:id/copy-to-next-quarter',
    method: 'post',
    handler: async (req) => {
      if (!isStaffUser(req.user)) return refuse(req, 403, 'cms.error.forbidden')
      // All or nothing: the letter and every offer are copied, or (an offer refused) nothing
      // is, and the copy can simply be tried again. MongoDB runs it as one transaction; SQLite,
      // whose transactions Payload leaves off (they lock the file under concurrent writes),
      // removes what the copy had created before the refusal.
      const shouldCommit = await initTransaction(req)
      const created: Created[] = []
      try {
        const answer = await copyToNextQuarter(req, created)
        if (shouldCommit) await commitTransaction(req)
        return answer
      } catch (error) {
        await killTransaction(req)
        if (!shouldCommit) {
          for (const { collection, id } of created.reverse()) {
            await req.payload.delete({ collection, id, overrideAccess: true, req })
          }
        }
        throw error
      }
    },
  },
]

type Created = { collection: 'ticket-offers' | 'welcome-letters'; id: number | string }

async function copyToNextQuarter(req: PayloadRequest, made: Created[]): Promise<Response> {
  const { payload } = req
  const access = { overrideAccess: false, req }
  const letter = (await payload.findByID({
    collection: 'welcome-letters',
    id: routeId(req),
    locale: 'all',
    depth: 0,
    ...access,
  })) as unknown as LetterToCopy & { quarter: string; offers?: never[] }
  const quarter = shiftQuarter(letter.quarter, 1)
  const { totalDocs } = await payload.count({
    collection: 'welcome-letters',
    where: { quarter: { equals: quarter } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) return refuse(req, 409, 'cms.letter.exists', { quarter })
  const offerIds: (number | string)[] = []
  for (const id of offerIdsOf(letter as never)) {
    const offer = (await payload.findByID({
      collection: 'ticket-offers',
      id,
      locale: 'all',
      depth: 0,
      draft: true,
      ...access,
    })) as unknown as OfferToCopy
    const copy = offerCopy(offer, quarter)
    const created = await payload.create({
      collection: 'ticket-offers',
      data: copy.da as never,
      locale: 'da',
      draft: true,
      ...access,
    })
    made.push({ collection: 'ticket-offers', id: created.id })
    if (copy.en) {
      await payload.update({
        collection: 'ticket-offers',
        id: created.id,
        data: copy.en,
        locale: 'en',
        draft: true,
        ...access,
      })
    }
    offerIds.push(created.id)
  }
  const copy = letterCopy(letter, quarter, offerIds)
  const created = await payload.create({
    collection: 'welcome-letters',
    data: copy.da as never,
    locale: 'da',
    ...access,
  })
  made.push({ collection: 'welcome-letters', id: created.id })
  if (copy.en) {
    await payload.update({
      collection: 'welcome-letters',
      id: created.id,
      data: copy.en as never,
      locale: 'en',
      ...access,
    })
  }
  return done(req, 'cms.letter.copied', { quarter, count: offerIds.length }, { id: created.id })
}
