import { labels, type DictionaryKey } from '@velkomst/shared/i18n'

/** Select options for a shared vocabulary, labelled from the dictionaries (`vocab.<list>.<value>`). */
export function vocabularyOptions(list: readonly string[], prefix: string) {
  return list.map((value) => ({
    value,
    label: labels(`vocab.${prefix}.${value}` as DictionaryKey),
  }))
}

export { labels }
