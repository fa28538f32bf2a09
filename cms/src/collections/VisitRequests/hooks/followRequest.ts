import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value

interface Note {
  id?: string | null
  text?: string | null
  author?: unknown
  at?: string | null
}

interface RequestData {
  status?: string | null
  assignedTo?: unknown
  assignedAt?: string | null
  closedAt?: string | null
  email?: string | null
  notes?: Note[] | null
}

/**
 * Keeps a request's bookkeeping right whoever saves it: an assignment moves a new request to
 * "assigned" and is dated; closing dates it (the retention period counts from then) and
 * reopening clears it; a new note gets its author and time; email addresses are kept in lower
 * case so one person's requests can be found again.
 */
export const followRequest: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const next = data as RequestData
  const before = (originalDoc ?? {}) as RequestData
  const now = new Date().toISOString()
  const assigned = next.assignedTo === undefined ? before.assignedTo : next.assignedTo
  if (assigned && idOf(assigned) !== idOf(before.assignedTo)) {
    next.assignedAt = next.assignedAt ?? now
    if ((next.status ?? before.status ?? 'new') === 'new') next.status = 'assigned'
  }
  const status = next.status ?? before.status
  // Only code that may bypass access (the seed, tests) can bring its own dates.
  if (status === 'closed' && before.status !== 'closed') next.closedAt = next.closedAt ?? now
  if (status && status !== 'closed') next.closedAt = null
  if (typeof next.email === 'string') next.email = next.email.trim().toLowerCase() || null
  if (Array.isArray(next.notes)) {
    const known = new Map((before.notes ?? []).map((n) => [n.id, n]))
    next.notes = next.notes.map((note) => {
      const stored = note.id ? known.get(note.id) : undefined
      if (stored) return { ...note, author: stored.author, at: stored.at }
      return { ...note, author: note.author ?? req.user?.id ?? null, at: note.at ?? now }
    })
  }
  return next
}
