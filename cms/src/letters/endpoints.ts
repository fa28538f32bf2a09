import type { Endpoint, PayloadRequest } from 'payload'
import { toLocale } from '@velkomst/shared/i18n'
import { shiftQuarter } from '@velkomst/shared/quarter'

import { isStaffUser } from '../access/roles'
import { done, refuse, routeId } from '../http/answers'
import { letterCopy, offerCopy, type LetterToCopy, type OfferToCopy } from './copy'
import { loadLetter, viewOf } from './load'
import { offerIdsOf } from './model'
import { letterPdf } from './pdf'
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
      const { payload, user } = req
      const letter = (await payload.findByID({
        collection: 'welcome-letters',
        id: routeId(req),
        locale: 'all',
        depth: 0,
        overrideAccess: false,
        user,
      })) as unknown as LetterToCopy & { quarter: string; offers?: never[] }
      const quarter = shiftQuarter(letter.quarter, 1)
      const { totalDocs } = await payload.count({
        collection: 'welcome-letters',
        where: { quarter: { equals: quarter } },
        overrideAccess: true,
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
          overrideAccess: false,
          user,
        })) as unknown as OfferToCopy
        const copy = offerCopy(offer, quarter)
        const created = await payload.create({
          collection: 'ticket-offers',
          data: copy.da as never,
          locale: 'da',
          draft: true,
          overrideAccess: false,
          user,
        })
        if (copy.en) {
          await payload.update({
            collection: 'ticket-offers',
            id: created.id,
            data: copy.en,
            locale: 'en',
            draft: true,
            overrideAccess: false,
            user,
          })
        }
        offerIds.push(created.id)
      }
      const copy = letterCopy(letter, quarter, offerIds)
      const created = await payload.create({
        collection: 'welcome-letters',
        data: copy.da as never,
        locale: 'da',
        overrideAccess: false,
        user,
      })
      if (copy.en) {
        await payload.update({
          collection: 'welcome-letters',
          id: created.id,
          data: copy.en as never,
          locale: 'en',
          overrideAccess: false,
          user,
        })
      }
      return done(req, 'cms.letter.copied', { quarter, count: offerIds.length }, { id: created.id })
    },
  },
]
