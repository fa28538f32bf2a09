import type { DateField } from 'payload'

/** A calendar day, shown the Danish way ("23. nov. 2026"), never "Nov 23". */
export const dayOnly: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayOnly',
  displayFormat: 'd. MMM yyyy',
}

/** A day and a time in 15-minute steps, 24-hour clock. */
export const dayAndTime: NonNullable<DateField['admin']>['date'] = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'd. MMM yyyy HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
}
