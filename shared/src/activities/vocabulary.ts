/**
 * The words of residents' activities. Labels live in the dictionaries under
 * `vocab.<list>.<value>` (area `activities`).
 */

/** How often an activity a resident adds happens. */
export const activityRepeats = ['once', 'weekly', 'monthly'] as const
export type ActivityRepeat = (typeof activityRepeats)[number]

export const activityPrices = ['free', 'paid'] as const
export type ActivityPrice = (typeof activityPrices)[number]
