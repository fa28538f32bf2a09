/**
 * Danish letters typed on any keyboard. Many newcomers type "badesoen" or "badeson" for Badesøen,
 * "aeldre" or "aldre" for ældre, "aabent" for åbent. The search index carries these spellings of
 * every word with æ, ø or å (see `search-index.ts`): each variant follows its word, marked with
 * FOLD_MARK and weighted at FOLD_WEIGHT of the word, so the exact spelling ranks first and the
 * search page can leave the variants out of what it shows. This module is shared by the build
 * and the browser, so it stays small and free of Node.
 */

/** How each letter is typed without it: doubled (the old spelling) and plain. */
const replacements: Record<string, readonly [string, string]> = {
  æ: ['ae', 'a'],
  ø: ['oe', 'o'],
  å: ['aa', 'a'],
}
const special = /[æøå]/
const specialOrUpper = /[æøåÆØÅ]/

/**
 * Starts every variant in the index. ASCII punctuation that Pagefind drops from the word it
 * indexes (it keeps `_`, so not that), and that words in running text never start with.
 */
export const FOLD_MARK = '~'

/** A variant's weight relative to its word's (a heading's variants get a heading's weight x this). */
export const FOLD_WEIGHT = 0.5

/** The page metadata field that holds the variants of the title's words. */
export const FOLD_TITLE_META = 'title_fold'

/** Pagefind ranks a title match 5x by default; a variant of the title gets FOLD_WEIGHT of that. */
export const TITLE_META_WEIGHT = 5

/** Beyond this many special letters in one word only the all-doubled and all-plain forms. */
const MAX_COMBINED = 3

/** Pagefind already matches å typed as a (it drops combining marks), so that form is not stored. */
const pagefindNormalized = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '')

/**
 * The spellings of `word` (lower-cased) without æ, ø and å: every combination of doubled and
 * plain letters, "forbraendingen" and "forbrandingen" for "Forbrændingen". Empty when the word
 * has none of them.
 */
export function foldedSpellings(word: string): string[] {
  const lower = word.toLowerCase()
  if (!special.test(lower)) return []
  const parts = lower.split(/([æøå])/)
  const letters = parts.filter((_, i) => i % 2 === 1)
  let forms: string[]
  if (letters.length > MAX_COMBINED) {
    forms = [0, 1].map((pick) =>
      parts.map((p, i) => (i % 2 === 1 ? replacements[p]![pick] : p)).join(''),
    )
  } else {
    forms = ['']
    for (const [i, p] of parts.entries()) {
      forms =
        i % 2 === 1 ? forms.flatMap((f) => replacements[p]!.map((r) => f + r)) : forms.map((f) => f + p)
    }
  }
  const already = pagefindNormalized(lower)
  return [...new Set(forms)].filter((f) => f !== already)
}

/** Leading and trailing characters that are not part of the word ("(Badesøen)." → "Badesøen"). */
const edges = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/**
 * The variants to store after a run of text: for each word with æ, ø or å, its folded spellings
 * marked with FOLD_MARK, e.g. "~badesoen ~badeson". Empty when there are none.
 */
export function foldedVariants(text: string): string[] {
  if (!specialOrUpper.test(text)) return []
  const out: string[] = []
  for (const token of text.split(/\s+/)) {
    const word = token.replace(edges, '')
    for (const folded of foldedSpellings(word)) out.push(FOLD_MARK + folded)
  }
  return out
}

/** Whether a word of an excerpt is a stored variant rather than text of the page. */
export const isVariant = (word: string) => word.startsWith(FOLD_MARK)

/**
 * Whether `variant` (as stored, with its mark) is a spelling of `word`: the search page moves a
 * variant's highlight to the word it spells.
 */
export function spells(variant: string, word: string): boolean {
  const folded = variant.slice(FOLD_MARK.length).toLowerCase()
  return foldedSpellings(word.replace(edges, '')).includes(folded)
}
