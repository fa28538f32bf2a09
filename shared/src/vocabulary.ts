/**
 * Controlled vocabularies shared by the CMS (select options) and the site (filters, labels).
 * Labels live in the dictionaries under `vocab.<list>.<value>`.
 */
export const roles = ['admin', 'staff', 'association-editor', 'ambassador'] as const
export type Role = (typeof roles)[number]

export const audiences = [
  'families',
  'children',
  'young-people',
  'adults',
  'seniors',
  'newcomers',
] as const
export type Audience = (typeof audiences)[number]

export const categoryGroups = ['activity', 'social-theme'] as const
export type CategoryGroup = (typeof categoryGroups)[number]

export const communityKinds = ['neighbourhood', 'interest'] as const
export type CommunityKind = (typeof communityKinds)[number]

/**
 * The four ways to take part the community policy names, in its order: observerende deltagelse
 * (come along and show your support), aktiv deltagelse (join in: bring a neighbour, bake a cake),
 * medskabende deltagelse (help make it happen) and initiativtageren (the one with the idea, who
 * finds the others).
 */
export const waysToTakePart = ['come-along', 'help-out', 'co-organise', 'initiate'] as const
export type WayToTakePart = (typeof waysToTakePart)[number]

/** The ways that ask for a hand: what puts a listing on the "Volunteer" page. */
export const helpingWays = ['help-out', 'co-organise'] as const satisfies readonly WayToTakePart[]

/** Who may borrow a venue's room ("lån af lokaler"). */
export const roomBorrowers = ['associations', 'residents'] as const
export type RoomBorrower = (typeof roomBorrowers)[number]

/**
 * A room's size on the "Borrow a room" page, by how many people it holds: a few bands, so the
 * filter pages stay few whatever the rooms are.
 */
export const roomSizes = ['small', 'medium', 'large'] as const
export type RoomSize = (typeof roomSizes)[number]

export const associationStatuses = ['active', 'paused', 'closed'] as const
export type AssociationStatus = (typeof associationStatuses)[number]

export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'moved-online'] as const
export type EventStatus = (typeof eventStatuses)[number]

export const offerStatuses = ['available', 'sold-out', 'withdrawn'] as const
export type OfferStatus = (typeof offerStatuses)[number]

export const pageKinds = [
  'welcome',
  'audience',
  'guide',
  'accessibility',
  'privacy',
  'other',
  'newcomer-checklist',
  'waste-guide',
] as const
export type PageKind = (typeof pageKinds)[number]

export const audiencePages = ['families', 'young-people', 'seniors'] as const
export type AudiencePage = (typeof audiencePages)[number]

export const mapFeatureKinds = ['place', 'route'] as const
export type MapFeatureKind = (typeof mapFeatureKinds)[number]

/** ISO 8601 weekday order, Monday first, as Danes read a week. */
export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const
export type Weekday = (typeof weekdays)[number]

/** Languages an association can say it speaks (ISO 639-1). */
export const spokenLanguages = [
  'da',
  'en',
  'ar',
  'de',
  'fa',
  'pl',
  'so',
  'tr',
  'uk',
  'ur',
  'ro',
  'es',
] as const
export type SpokenLanguage = (typeof spokenLanguages)[number]

export const recurrenceFrequencies = ['weekly', 'monthly'] as const
export type RecurrenceFrequency = (typeof recurrenceFrequencies)[number]

export const monthlyModes = ['day-of-month', 'weekday-of-month'] as const
export type MonthlyMode = (typeof monthlyModes)[number]

export const offerTargets = ['venues', 'events', 'associations'] as const
export type OfferTarget = (typeof offerTargets)[number]

/** Where a listing's unpublished changes stand in the municipality's review. */
export const reviewStates = ['none', 'submitted', 'changes-requested'] as const
export type ReviewState = (typeof reviewStates)[number]

/** A welcome letter is drafted, then approved for sending. */
export const letterStatuses = ['draft', 'approved'] as const
export type LetterStatus = (typeof letterStatuses)[number]

/** Who a step of the newcomer checklist is for; "everyone" comes first on the page. */
export const checklistGroups = ['everyone', 'families', 'young-people', 'seniors'] as const
export type ChecklistGroup = (typeof checklistGroups)[number]

/** The waste fractions Danish households sort into (the national pictogram system's names). */
export const wasteFractions = [
  'food',
  'paper',
  'cardboard',
  'plastic',
  'metal',
  'glass',
  'residual',
  'hazardous',
  'textiles',
  'bulky',
] as const
export type WasteFraction = (typeof wasteFractions)[number]

/** Where a fraction goes. */
export const wasteDisposals = [
  'home-bin',
  'shared-container',
  'recycling-station',
  'booked-pickup',
] as const
export type WasteDisposal = (typeof wasteDisposals)[number]

/** How tickets handed out were recorded: through the desk's link, or by staff in the admin. */
export const redemptionSources = ['desk', 'staff'] as const
export type RedemptionSource = (typeof redemptionSources)[number]
