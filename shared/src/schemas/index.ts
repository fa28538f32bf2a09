/**
 * The content contract: the shape of *published* content that the site consumes, whether it
 * comes from the live CMS or from a snapshot file written by `npm run export`. The CMS maps its
 * documents to these shapes; the site never sees Payload's internals.
 *
 * Localized texts carry both languages. `en` is null where no English was written; the site then
 * shows the Danish text marked `lang="da"`.
 */
import { z } from 'zod'

import { isQuarterKey } from '../quarter'
import { isSlug } from '../slug'
import {
  associationStatuses,
  audiences,
  categoryGroups,
  checklistGroups,
  communityKinds,
  eventStatuses,
  mapFeatureKinds,
  monthlyModes,
  offerStatuses,
  offerTargets,
  pageKinds,
  recurrenceFrequencies,
  roomBorrowers,
  spokenLanguages,
  wasteDisposals,
  wasteFractions,
  waysToTakePart,
  weekdays,
} from '../vocabulary'

export const localizedText = z.object({ da: z.string(), en: z.string().nullable() })
export type LocalizedText = z.infer<typeof localizedText>

/**
 * Rich text as a small, editor-neutral tree: the CMS maps its editor's state to it, the site
 * renders it with its own (escaping) templates. Headings start at level 2 (the page title is the
 * only h1) and never skip a level.
 */
export const inline = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: z.string().optional(),
})
export type Inline = z.infer<typeof inline>

export const richTextBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: z.array(inline) }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    children: z.array(inline),
  }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(inline)) }),
  z.object({ type: z.literal('quote'), children: z.array(inline) }),
])
export type RichTextBlock = z.infer<typeof richTextBlock>
export const richText = z.array(richTextBlock)
export type RichText = z.infer<typeof richText>

export const localizedRichText = z.object({ da: richText, en: richText.nullable() })
export type LocalizedRichText = z.infer<typeof localizedRichText>

const slug = z.string().refine(isSlug, { message: 'not a valid slug' })
const isoInstant = z.iso.datetime({ offset: true })
const isoDate = z.iso.date()
const id = z.union([z.string(), z.number()]).transform(String)

/** An image file; the site decides where files are served from (`filename` is the key). */
export const image = z.object({
  id,
  filename: z.string().regex(/^[^/\\]+$/, 'a file name, not a path'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** null when the image is decorative (rendered with `alt=""`). */
  alt: localizedText.nullable(),
  credit: z.string().nullable(),
  sizes: z.record(
    z.string(),
    z.object({
      filename: z.string().regex(/^[^/\\]+$/, 'a file name, not a path'),
      width: z.number(),
      height: z.number(),
      mimeType: z.string(),
    }),
  ),
  /** When the file or its texts last changed: a copy of the file is fresh only if it matches. */
  updatedAt: isoInstant.optional(),
})
export type Image = z.infer<typeof image>

export const contact = z.object({
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
})

export const settings = z.object({
  siteName: localizedText,
  tagline: localizedText,
  municipalityName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  accessibilityStatementUrl: z.url(),
  showDemoNotice: z.boolean(),
  /** Days personal data from the site's forms is kept after a request is closed. */
  retentionDays: z.number().int().positive().default(180),
  /**
   * Links to the municipality's own services, per language (English falls back to Danish).
   * Added after version 1 shipped: older snapshots read as none.
   */
  links: z
    .object({
      /** The municipality's own welcome page ("Velkommen til Albertslund"). */
      municipalityWelcome: localizedText.nullable(),
      wasteCalendar: localizedText.nullable(),
      bulkyWaste: localizedText.nullable(),
    })
    .default({ municipalityWelcome: null, wasteCalendar: null, bulkyWaste: null }),
})
export type Settings = z.infer<typeof settings>

export const community = z.object({
  id,
  slug,
  name: localizedText,
  kind: z.enum(communityKinds),
  description: localizedText.nullable(),
  updatedAt: isoInstant,
})
export type Community = z.infer<typeof community>

export const category = z.object({
  id,
  slug,
  name: localizedText,
  group: z.enum(categoryGroups),
})
export type Category = z.infer<typeof category>

export const openingHoursRule = z.object({
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  weekday: z.enum(weekdays),
  opens: z.string().regex(/^\d{2}:\d{2}$/),
  closes: z.string().regex(/^\d{2}:\d{2}$/),
})

/** A room at a venue that can be borrowed ("lån af lokaler"). */
export const room = z.object({
  /** Stable across edits and languages: the room's anchor on its venue's page. */
  id: z.string().regex(/^[\w-]{1,64}$/, 'letters, digits, _ and - (at most 64)'),
  name: localizedText,
  /** What is in it (a kitchen, a projector …). */
  description: localizedText.nullable(),
  /** How many people it holds; null when the venue did not say. */
  capacity: z.number().int().positive().nullable(),
  borrowers: z.array(z.enum(roomBorrowers)),
  stepFree: z.boolean(),
  accessibilityNote: localizedText.nullable(),
  /** Free, or what it costs in words ("200 kr. per evening, free for associations"). */
  price: z.object({ free: z.boolean(), text: localizedText.nullable() }),
  /** How to book: at least one of these (the CMS refuses a room without). */
  booking: z.object({
    url: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  }),
})
export type Room = z.infer<typeof room>

export const venue = z.object({
  id,
  slug,
  name: localizedText,
  description: localizedText.nullable(),
  address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
  coordinates: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  communityId: z.string().nullable(),
  openingHours: z.object({ rules: z.array(openingHoursRule), note: localizedText.nullable() }),
  accessibility: z.object({
    stepFree: z.boolean(),
    accessibleToilet: z.boolean(),
    hearingLoop: z.boolean(),
    accessibleParking: z.boolean(),
    note: localizedText.nullable(),
  }),
  contact,
  images: z.array(image),
  /** Rooms that can be borrowed; added after version 1 (older snapshots read as none). */
  rooms: z.array(room).default([]),
  updatedAt: isoInstant,
})
export type Venue = z.infer<typeof venue>

export const association = z.object({
  id,
  slug,
  name: localizedText,
  summary: localizedText,
  description: localizedText.nullable(),
  logo: image.nullable(),
  categoryIds: z.array(z.string()),
  audiences: z.array(z.enum(audiences)),
  ageRange: z.object({ min: z.number().int().nullable(), max: z.number().int().nullable() }),
  communityIds: z.array(z.string()),
  venueIds: z.array(z.string()),
  contact,
  membershipFee: z.object({ amount: z.number().nullable(), text: localizedText.nullable() }),
  languages: z.array(z.enum(spokenLanguages)),
  socialOffer: z.boolean(),
  waysToTakePart: z.array(z.enum(waysToTakePart)),
  /** What help it is looking for (volunteers, co-organisers); added after version 1. */
  helpNeeded: localizedText.nullable().default(null),
  cvr: z.string().nullable(),
  status: z.enum(associationStatuses),
  lastConfirmed: isoDate.nullable(),
  updatedAt: isoInstant,
})
export type Association = z.infer<typeof association>

export const recurrence = z.object({
  frequency: z.enum(recurrenceFrequencies),
  interval: z.number().int().min(1),
  byWeekday: z.array(z.enum(weekdays)),
  monthlyMode: z.enum(monthlyModes).nullable(),
  until: isoDate.nullable(),
  count: z.number().int().positive().nullable(),
  excludedDates: z.array(isoDate),
})

export const event = z.object({
  id,
  slug,
  title: localizedText,
  summary: localizedText,
  description: localizedText.nullable(),
  start: isoInstant,
  end: isoInstant.nullable(),
  allDay: z.boolean(),
  recurrence: recurrence.nullable(),
  venueId: z.string().nullable(),
  placeText: localizedText.nullable(),
  onlineUrl: z.string().nullable(),
  organizerIds: z.array(z.string()),
  organizedByMunicipality: z.boolean(),
  /**
   * Organised by residents or an informal group (added through the public form): the name they
   * gave, and the address they chose to show. Added after version 1: older snapshots read none.
   */
  residents: z
    .object({ organiser: z.string(), email: z.string().nullable() })
    .nullable()
    .default(null),
  communityIds: z.array(z.string()),
  categoryIds: z.array(z.string()),
  audiences: z.array(z.enum(audiences)),
  /** The languages spoken at it; added after version 1. */
  languages: z.array(z.enum(spokenLanguages)).default([]),
  price: z.object({ free: z.boolean(), amount: z.number().nullable() }),
  registrationUrl: z.string().nullable(),
  status: z.enum(eventStatuses),
  volunteersWanted: z.object({ wanted: z.boolean(), help: localizedText.nullable() }),
  /** Added after version 1: older snapshots read as none. */
  waysToTakePart: z.array(z.enum(waysToTakePart)).default([]),
  image: image.nullable(),
  updatedAt: isoInstant,
})
export type Event = z.infer<typeof event>

export const ticketOffer = z.object({
  id,
  quarter: z.string().refine(isQuarterKey, { message: 'not a quarter (YYYY-Qn)' }),
  title: localizedText,
  description: localizedText.nullable(),
  target: z.object({ collection: z.enum(offerTargets), id: z.string() }).nullable(),
  ticketsPerHousehold: z.number().int().min(0),
  totalAvailable: z.number().int().min(0).nullable(),
  validFrom: isoDate,
  validTo: isoDate,
  howToRedeem: localizedText,
  status: z.enum(offerStatuses),
  updatedAt: isoInstant,
})
export type TicketOffer = z.infer<typeof ticketOffer>

export const mapFeature = z.object({
  kind: z.enum(mapFeatureKinds),
  name: localizedText,
  description: localizedText.nullable(),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
    z.object({
      type: z.literal('LineString'),
      coordinates: z.array(z.tuple([z.number(), z.number()])).min(2),
    }),
  ]),
})
export type MapFeature = z.infer<typeof mapFeature>

/** A link in structured content: an absolute http(s) URL or a path on the site, per language. */
export const contentLink = z.object({ label: localizedText, url: localizedText })
export type ContentLink = z.infer<typeof contentLink>

/** One step of the newcomer checklist ("Ny i kommunen"), in the editor's order. */
export const checklistStep = z.object({
  /** Stable across edits and languages: what the reader's browser remembers a tick by. */
  id: z.string().min(1).max(64),
  group: z.enum(checklistGroups),
  title: localizedText,
  text: localizedText.nullable(),
  links: z.array(contentLink),
})
export type ChecklistStep = z.infer<typeof checklistStep>

/** One fraction of the waste guide: what goes in it, with examples, and where it goes. */
export const wasteFractionEntry = z.object({
  fraction: z.enum(wasteFractions),
  description: localizedText.nullable(),
  disposal: z.enum(wasteDisposals),
  /** Which bin or container, or where at the recycling station. */
  where: localizedText,
  examples: z.array(localizedText),
  notAccepted: z.array(localizedText),
})
export type WasteFractionEntry = z.infer<typeof wasteFractionEntry>

export const page = z.object({
  id,
  slug,
  kind: z.enum(pageKinds),
  audience: z.enum(audiences).nullable(),
  title: localizedText,
  summary: localizedText.nullable(),
  content: localizedRichText,
  mapFeatures: z.array(mapFeature),
  /** The newcomer checklist's steps (kind `newcomer-checklist`); added after version 1. */
  checklist: z.array(checklistStep).default([]),
  /** The waste guide's fractions (kind `waste-guide`); added after version 1. */
  wasteFractions: z.array(wasteFractionEntry).default([]),
  image: image.nullable(),
  updatedAt: isoInstant,
})
export type Page = z.infer<typeof page>

/** An approved welcome letter: the mayor's greeting shown on its quarter's page (the QR target). */
export const welcomeLetter = z.object({
  id,
  quarter: z.string().refine(isQuarterKey, { message: 'not a quarter (YYYY-Qn)' }),
  greeting: localizedRichText,
  signatureName: z.string(),
  signatureTitle: localizedText,
  offerIds: z.array(id),
  updatedAt: isoInstant,
})
export type WelcomeLetter = z.infer<typeof welcomeLetter>

/**
 * A welcome ambassador who agreed to be shown on the site: never their contact details. The site
 * lists those whose period includes the build's day, so one whose period ended leaves the site at
 * the next build.
 */
export const ambassador = z.object({
  id,
  slug,
  name: z.string(),
  /** Only with the ambassador's consent to show it. */
  photo: image.nullable(),
  languages: z.array(z.enum(spokenLanguages)),
  communityIds: z.array(z.string()),
  helpsWith: localizedText.nullable(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  /** A temporary ambassador in a new housing area (about three months). */
  temporary: z.boolean(),
  updatedAt: isoInstant,
})
export type Ambassador = z.infer<typeof ambassador>

/**
 * A good story ("de gode historier om Albertslund"): written by staff or a trusted association,
 * about associations, events and communities, shown on their pages. Newest first by the day it
 * was published.
 */
export const story = z.object({
  id,
  slug,
  title: localizedText,
  summary: localizedText,
  image: image.nullable(),
  body: localizedRichText,
  /** The day the story is dated (Copenhagen): lists and feeds put the newest first. */
  publishedOn: isoDate,
  associationIds: z.array(z.string()),
  eventIds: z.array(z.string()),
  communityIds: z.array(z.string()),
  updatedAt: isoInstant,
})
export type Story = z.infer<typeof story>

export const snapshot = z.object({
  /** Version of this contract; bumped on breaking changes. */
  contractVersion: z.literal(1),
  generatedAt: isoInstant,
  settings,
  communities: z.array(community),
  categories: z.array(category),
  venues: z.array(venue),
  associations: z.array(association),
  events: z.array(event),
  ticketOffers: z.array(ticketOffer),
  pages: z.array(page),
  /** Added after version 1 shipped: older snapshots without it read as none. */
  welcomeLetters: z.array(welcomeLetter).default([]),
  /** Added after version 1 shipped: older snapshots without it read as none. */
  ambassadors: z.array(ambassador).default([]),
  /** Added after version 1 shipped: older snapshots without it read as none. */
  stories: z.array(story).default([]),
})
export type Snapshot = z.infer<typeof snapshot>

/**
 * Parses a snapshot and, on failure, names the document and the field:
 * `associations[3] (slug "boldklub"): summary.da: Invalid input: expected string`.
 */
export function parseSnapshot(input: unknown): Snapshot {
  const result = snapshot.safeParse(input)
  if (result.success) return result.data
  const messages = result.error.issues.slice(0, 20).map((issue) => {
    const [collection, index, ...rest] = issue.path
    let where = String(collection ?? '(root)')
    if (typeof index === 'number') {
      const doc = (input as Record<string, { slug?: unknown }[]>)[String(collection)]?.[index]
      where += `[${index}]${typeof doc?.slug === 'string' ? ` (slug "${doc.slug}")` : ''}`
    } else if (index !== undefined) {
      rest.unshift(index)
    }
    return `${where}: ${rest.join('.') || '(document)'}: ${issue.message}`
  })
  throw new ContractError(messages)
}

export class ContractError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Content does not match the contract:\n  ${problems.join('\n  ')}`)
    this.name = 'ContractError'
  }
}

/** Every image the site shows (each once per place it is shown), whoever reads the snapshot. */
export function imagesOf(snapshot: Snapshot): Image[] {
  return [
    ...snapshot.venues.flatMap((v) => v.images),
    ...snapshot.associations.map((a) => a.logo),
    ...snapshot.events.map((e) => e.image),
    ...snapshot.pages.map((p) => p.image),
    ...snapshot.ambassadors.map((a) => a.photo),
    ...snapshot.stories.map((s) => s.image),
  ].filter((i): i is Image => i !== null)
}

/** Every image file a snapshot refers to (originals and their sizes), sorted. */
export function mediaFilesOf(snapshot: Snapshot): string[] {
  const files = new Set<string>()
  for (const image of imagesOf(snapshot)) {
    files.add(image.filename)
    for (const size of Object.values(image.sizes)) files.add(size.filename)
  }
  return [...files].sort()
}

/**
 * The collections of the contract (every array of documents in a snapshot), found from the
 * schema itself so that a collection added to the contract is part of everything that goes
 * over all of them: the CMS's change feed, the site's content store, the build's tests.
 */
export type SnapshotCollection = {
  [K in keyof Snapshot]: Snapshot[K] extends readonly { id: string }[] ? K : never
}[keyof Snapshot]
export type SnapshotDocument<K extends SnapshotCollection = SnapshotCollection> =
  Snapshot[K][number]

const unwrapped = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodDefault ? unwrapped(schema.def.innerType as z.ZodType) : schema

export const snapshotCollections = Object.entries(snapshot.shape)
  .filter(([, schema]) => unwrapped(schema as z.ZodType) instanceof z.ZodArray)
  .map(([key]) => key) as SnapshotCollection[]

function documentSchema(collection: SnapshotCollection): z.ZodType {
  const array = unwrapped(snapshot.shape[collection] as z.ZodType) as z.ZodArray<z.ZodType>
  return array.element
}

/**
 * Parses one document of a collection (what a change carries), naming the document and the
 * field on failure like `parseSnapshot`: `associations (slug "boldklub"): summary.da: …`.
 */
export function parseDocument<K extends SnapshotCollection>(
  collection: K,
  input: unknown,
): SnapshotDocument<K> {
  const result = documentSchema(collection).safeParse(input)
  if (result.success) return result.data as SnapshotDocument<K>
  const slugOf = (input as { slug?: unknown } | null)?.slug
  const where = `${collection}${typeof slugOf === 'string' ? ` (slug "${slugOf}")` : ''}`
  throw new ContractError(
    result.error.issues
      .slice(0, 20)
      .map((issue) => `${where}: ${issue.path.join('.') || '(document)'}: ${issue.message}`),
  )
}

/** Parses the site settings a change carries. */
export function parseSettings(input: unknown): Settings {
  const result = settings.safeParse(input)
  if (result.success) return result.data
  throw new ContractError(
    result.error.issues.map(
      (issue) => `settings: ${issue.path.join('.') || '(document)'}: ${issue.message}`,
    ),
  )
}

const byId = (a: { id: string }, b: { id: string }) => {
  const x = Number(a.id)
  const y = Number(b.id)
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
const byField =
  (field: string) =>
  (a: { id: string }, b: { id: string }): number => {
    const x = (a as unknown as Record<string, unknown>)[field]
    const y = (b as unknown as Record<string, unknown>)[field]
    if (typeof x === 'string' && typeof y === 'string' && x !== y) return x < y ? -1 : 1
    return byId(a, b)
  }

/**
 * The order of a collection in a snapshot, whoever makes it (the CMS's export or a change
 * applied to a snapshot): by slug where documents have one, events by start, quarters by
 * quarter; the id breaks ties. Lists on the site follow it where nothing else decides.
 */
export function snapshotOrder(
  collection: SnapshotCollection,
): (a: { id: string }, b: { id: string }) => number {
  switch (collection) {
    case 'events':
      return byField('start')
    case 'ticketOffers':
    case 'welcomeLetters':
      return byField('quarter')
    default:
      return byField('slug')
  }
}

/** Every collection of a snapshot in the contract's order (`snapshotOrder`), whoever made it. */
export function orderedSnapshot(snapshot: Snapshot): Snapshot {
  const next = { ...snapshot } as Record<string, unknown>
  for (const key of snapshotCollections) {
    next[key] = [...(snapshot[key] as SnapshotDocument[])].sort(snapshotOrder(key))
  }
  return next as unknown as Snapshot
}

/**
 * What changed in published content since a version of it (the CMS's change feed): per
 * collection the documents to put in place and the ids that are gone; the settings when they
 * changed.
 */
export interface SnapshotChanges {
  settings?: unknown
  collections: Partial<Record<SnapshotCollection, { upsert: unknown[]; remove: string[] }>>
}

/**
 * A snapshot with changes applied, each changed document checked against the contract.
 * Collections and documents that did not change are the same objects as before (a site build
 * finds what changed by that), and the result is in the contract's order, so it equals the
 * snapshot the CMS would export now.
 */
export function applyChanges(
  snapshot: Snapshot,
  changes: SnapshotChanges,
): { snapshot: Snapshot; changed: boolean } {
  const next = { ...snapshot } as Record<string, unknown>
  let changed = false
  if (changes.settings !== undefined) {
    const settings = parseSettings(changes.settings)
    if (JSON.stringify(settings) !== JSON.stringify(snapshot.settings)) {
      next.settings = settings
      changed = true
    }
  }
  for (const key of snapshotCollections) {
    const change = changes.collections[key]
    if (!change) continue
    const current = snapshot[key] as SnapshotDocument[]
    const byId = new Map(current.map((d) => [d.id, d]))
    let touched = false
    for (const id of change.remove) touched = byId.delete(id) || touched
    for (const raw of change.upsert) {
      const doc = parseDocument(key, raw)
      const before = byId.get(doc.id)
      if (before && JSON.stringify(before) === JSON.stringify(doc)) continue
      byId.set(doc.id, doc)
      touched = true
    }
    if (touched) {
      next[key] = [...byId.values()].sort(snapshotOrder(key))
      changed = true
    }
  }
  return { snapshot: next as unknown as Snapshot, changed }
}
