import type { Payload } from 'payload'
import type { FormDefinition, Limit, Values } from '@velkomst/shared/forms'

import { keyedHash } from './signing'

/** Posts (refused or not) one address may make to one form per hour, fixing mistakes included. */
export const POSTS_PER_ADDRESS: Limit = { max: 60, minutes: 60 }

export interface Sender {
  secret: string
  address: string
}

const hash = (sender: Sender, kind: string, value: string) =>
  `${kind}:${keyedHash(sender.secret, `form-limit:${kind}`, value)}`

/** The keys a submission counts under, and the limits for each. */
function keysOf(form: FormDefinition, sender: Sender, values: Values) {
  const keys: { key: string; limits: Limit[] }[] = [
    { key: hash(sender, 'address', sender.address), limits: form.limits.perAddress },
    { key: 'all', limits: [form.limits.overall] },
  ]
  for (const rule of form.limits.perValue ?? []) {
    const value = values[rule.field]
    if (typeof value === 'string' && value.trim()) {
      keys.push({
        key: hash(sender, `value-${rule.field}`, value.trim().toLowerCase()),
        limits: rule.limits,
      })
    }
  }
  return keys
}

async function exceeded(payload: Payload, form: string, key: string, limits: Limit[]) {
  for (const limit of limits) {
    const since = new Date(Date.now() - limit.minutes * 60 * 1000).toISOString()
    const { totalDocs } = await payload.count({
      collection: 'form-attempts',
      where: { form: { equals: form }, key: { equals: key }, createdAt: { greater_than: since } },
      overrideAccess: true,
    })
    if (totalDocs >= limit.max) return true
  }
  return false
}

async function record(payload: Payload, form: string, key: string) {
  await payload.create({
    collection: 'form-attempts',
    data: { form, key },
    overrideAccess: true,
  })
}

/** Counts a post from the sender; true when they have posted too often to be heard now. */
export async function postAllowed(payload: Payload, form: FormDefinition, sender: Sender) {
  const key = hash(sender, 'post', sender.address)
  if (await exceeded(payload, form.id, key, [POSTS_PER_ADDRESS])) return false
  await record(payload, form.id, key)
  return true
}

/** Whether another submission with these values from this sender would go over a limit. */
export async function submissionAllowed(
  payload: Payload,
  form: FormDefinition,
  sender: Sender,
  values: Values,
): Promise<boolean> {
  for (const { key, limits } of keysOf(form, sender, values)) {
    if (await exceeded(payload, form.id, key, limits)) return false
  }
  return true
}

/** Counts an accepted submission under every key it is limited by. */
export async function countSubmission(
  payload: Payload,
  form: FormDefinition,
  sender: Sender,
  values: Values,
) {
  for (const { key } of keysOf(form, sender, values)) await record(payload, form.id, key)
}
