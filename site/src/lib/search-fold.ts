/**
 * Danish letters typed on any keyboard. Many newcomers type "badesoen" or "badesoeen" for
 * Badesøen, "aldre" or "aeldre" for ældre, "abent" or "aabent" for åbent.
 *
 * Pagefind already finds "å" typed as "a": it indexes every word without its combining marks
 * (å is a + ring) and keeps the written form beside it, ranking the exact spelling first. Æ and ø
 * have no marks to drop, so the index gets them spelled as letters that do: æ as ȧ (a + dot) and
 * ø as ȯ (o + dot), in the copy of each page that Pagefind reads (`search-index.ts`; the served
 * page is unchanged). Pagefind then indexes "Badesøen" as "badesoen", with "badesȯen" as its
 * written form, exactly as it does "åbent" as "abent". The search page spells queries the same way
 * (`searchQueries`), and shows excerpts and titles with æ and ø again (`fromIndexText`). The index
 * gains no words, only the written forms; ranking, excerpts and phrases work as for any word.
 *
 * Typing the doubled letters (ae, oe, aa) is a second query, with those pairs read as æ, ø and å,
 * run only when the query has such a pair; the results are merged.
 */

// A page that itself writes ȧ or ȯ (Livonian, say) is shown with æ and ø in search results.
const toIndex: Record<string, string> = { æ: 'ȧ', ø: 'ȯ', Æ: 'Ȧ', Ø: 'Ȯ' }
const fromIndex: Record<string, string> = Object.fromEntries(
  Object.entries(toIndex).map(([letter, spelt]) => [spelt, letter]),
)
const letters = /[æøÆØ]/g
const spelt = /[ȧȯȦȮ]/g

/** Text as the search index spells it: æ and ø as letters with a mark Pagefind drops. */
export const toIndexText = (text: string) => text.replace(letters, (c) => toIndex[c]!)

/** Text from the index (excerpts, titles) as the page writes it. */
export const fromIndexText = (text: string) => text.replace(spelt, (c) => fromIndex[c]!)

const pairs: Record<string, string> = { ae: 'æ', oe: 'ø', aa: 'å' }

/** Beyond this many pairs in one query only "all as letters" is tried besides "as typed". */
const MAX_PAIRS = 3

/** The query as typed counts half: Pagefind answers a word it does not know ("herstedoester")
 * with the pages of a shorter one it does ("Hersted"). */
export const TYPED_WEIGHT = 0.5

/**
 * The queries to run for what someone typed, with how much each counts when their results are
 * merged: as typed (in the index's spelling) first, then each way of reading its ae, oe and aa
 * pairs as æ, ø and å ("badesoeen" → "badesøen"; in "vridsloeselille beboerforening" only the
 * first "oe" is a letter, so every combination is tried). A reading counts by the share of the
 * pairs it reads as letters, so reading them all leads, and a partial reading that finds a
 * shorter word ("ungeråd" in "ungeraadsmoede" → Ungerådet) does not outrank it.
 */
export function weightedQueries(typed: string): { query: string; weight: number }[] {
  // Whoever types æ, ø or å has them on the keyboard: their ae, oe and aa are meant as written.
  if (/[æøå]/i.test(typed)) return [{ query: toIndexText(typed), weight: 1 }]
  const parts = typed.split(/(ae|oe|aa)/i)
  const count = (parts.length - 1) / 2
  if (count === 0) return [{ query: toIndexText(typed), weight: 1 }]
  const choices =
    count > MAX_PAIRS
      ? [(1 << count) - 1]
      : Array.from({ length: (1 << count) - 1 }, (_, i) => i + 1)
  const bits = (mask: number) => mask.toString(2).replaceAll('0', '').length
  const readings = choices.map((mask) => ({
    query: toIndexText(
      parts
        .map((p, i) => (i % 2 === 1 && mask & (1 << ((i - 1) / 2)) ? pairs[p.toLowerCase()]! : p))
        .join(''),
    ),
    weight: bits(mask) / count,
  }))
  return [{ query: toIndexText(typed), weight: TYPED_WEIGHT }, ...readings]
}

/** The queries to run for what someone typed (see `weightedQueries`). */
export const searchQueries = (typed: string): string[] => weightedQueries(typed).map((q) => q.query)
