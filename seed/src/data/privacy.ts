import type { PageSeed } from './pages'
import { text } from './helpers'

/**
 * The municipality's own words on the privacy page (a page of the kind "Privacy"); the site adds
 * what each form stores, why, who sees it and how long, from the forms themselves.
 */
export const privacyPage: PageSeed = {
  slug: 'privatliv',
  kind: 'privacy',
  title: text('Privatliv', 'Privacy'),
  summary: text(
    'Sådan behandler Albertslund Kommune de oplysninger, du giver os gennem velkomstsiden.',
    'How Albertslund Municipality handles the information you give us through the welcome site.',
  ),
  content: {
    da: [
      'Albertslund Kommune behandler dine oplysninger efter databeskyttelsesforordningen (GDPR). Du har ret til at få indsigt i de oplysninger, vi har om dig, og til at få dem rettet eller slettet.',
      '## Klage',
      'Er du utilfreds med, hvordan vi behandler dine oplysninger, kan du klage til Datatilsynet.',
    ],
    en: [
      'Albertslund Municipality handles your information under the General Data Protection Regulation (GDPR). You have the right to see the information we hold about you, and to have it corrected or deleted.',
      '## Complaints',
      'If you are not satisfied with how we handle your information, you can complain to the Danish Data Protection Agency (Datatilsynet).',
    ],
  },
}
