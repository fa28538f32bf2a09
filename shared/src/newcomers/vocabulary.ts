/**
 * The newcomers' voice: the words of visit requests and the newcomer survey. Labels live in the
 * dictionaries under `vocab.<list>.<value>` (areas `ambassadors` and `survey`).
 */

/** Where a visit request stands; a closed request's personal data is deleted after a while. */
export const visitStatuses = ['new', 'assigned', 'contacted', 'met', 'closed'] as const
export type VisitStatus = (typeof visitStatuses)[number]

export const households = ['family-with-children', 'young', 'senior', 'other'] as const
export type Household = (typeof households)[number]

/** How an ambassador prefers to be reached by staff and newcomers. */
export const contactPreferences = ['email', 'phone', 'either'] as const
export type ContactPreference = (typeof contactPreferences)[number]

export const surveyReasons = [
  'family-friends',
  'housing',
  'price',
  'nature',
  'work-study',
  'transport',
  'schools-childcare',
  'community',
  'other',
] as const
export type SurveyReason = (typeof surveyReasons)[number]

export const surveyHeardFrom = [
  'family-friends',
  'housing-company',
  'municipality',
  'social-media',
  'welcome-letter',
  'other',
] as const
export type SurveyHeardFrom = (typeof surveyHeardFrom)[number]

export const surveyExpectations = ['met', 'partly', 'not-met', 'too-early'] as const
export type SurveyExpectation = (typeof surveyExpectations)[number]

export const surveyActivities = [
  'sport',
  'culture',
  'nature-outdoors',
  'language',
  'families-children',
  'volunteering',
  'seniors',
  'food-social',
] as const
export type SurveyActivity = (typeof surveyActivities)[number]

export const surveyTickets = ['used', 'not-yet', 'did-not-know', 'not-received'] as const
export type SurveyTickets = (typeof surveyTickets)[number]

/** The survey's questions with answers to count: each becomes a chart per quarter. */
export const surveyCharts = [
  { field: 'reasons', list: surveyReasons, multiple: true },
  { field: 'heardFrom', list: surveyHeardFrom, multiple: false },
  { field: 'expectations', list: surveyExpectations, multiple: false },
  { field: 'activities', list: surveyActivities, multiple: true },
  { field: 'tickets', list: surveyTickets, multiple: false },
] as const
export type SurveyChartField = (typeof surveyCharts)[number]['field']

/** The survey's written answers. */
export const surveyTextFields = ['reasonsOther', 'hard'] as const
