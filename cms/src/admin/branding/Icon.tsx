import { Mark } from './Mark'

/** The admin's navigation icon: Velkomst's mark. */
export function Icon() {
  return <Mark size={28} />
}
