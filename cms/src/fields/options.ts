import {
  labels,
  vocabularyKey,
  type VocabularyList,
  type VocabularyValue,
} from '@velkomst/shared/i18n'

/** Select options for a shared vocabulary, labelled from the dictionaries (`vocab.<list>.<value>`). */
export function vocabularyOptions<List extends VocabularyList>(
  list: readonly VocabularyValue<List>[],
  prefix: List,
) {
  return list.map((value) => ({ value, label: labels(vocabularyKey(prefix, value)) }))
}

export { labels }
