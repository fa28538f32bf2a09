import type { GroupField } from 'payload'
import { labels, type DictionaryKey } from '@velkomst/shared/i18n'
import { checkHttpUrl, maxLengths } from '@velkomst/shared/validation'

import { answer, rule } from '../../fields/messages'
import { textField } from '../../fields/text'

const url = (name: string, label: DictionaryKey) =>
  textField({
    name,
    label,
    max: maxLengths.url,
    overrides: { validate: rule((value, { req }) => answer(req, checkHttpUrl(value))) },
  })

/**
 * Links to the municipality's own pages, per language: its welcome page (home page, the
 * quarter's page, the newcomer checklist), the waste collection calendar and bulky-waste booking
 * (the waste guide). Empty: the site leaves the link out.
 */
export const linksGroup: GroupField = {
  name: 'links',
  type: 'group',
  label: labels('welcome.field.links.group'),
  admin: { description: labels('welcome.field.links.group.description') },
  fields: [
    url('municipalityWelcome', 'welcome.field.municipalityWelcome'),
    url('wasteCalendar', 'welcome.field.wasteCalendar'),
    url('bulkyWaste', 'welcome.field.bulkyWaste'),
  ],
}
