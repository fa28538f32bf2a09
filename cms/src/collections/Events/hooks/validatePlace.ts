import type { Validate } from 'payload'

import { messageFor } from '../../../fields/messages'

type Place = { venue?: unknown; placeText?: unknown; onlineUrl?: unknown }

const given = (v: unknown) =>
  v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')

/** An event happens somewhere: a venue, a free-text place or an online link. */
export const validatePlace: Validate = (value, { req, data }) => {
  const d = data as Place
  return given(value) || given(d.placeText) || given(d.onlineUrl)
    ? true
    : messageFor(req, { key: 'validation.event.place' })
}
