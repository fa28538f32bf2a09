import type { CommunityKind } from '@velkomst/shared/vocabulary'

import { text, type Text } from './helpers'

export interface CommunitySeed {
  name: Text
  slug: string
  kind: CommunityKind
  description: Text
}

const n = (slug: string, name: string, da: string, en: string): CommunitySeed => ({
  name: text(name, name),
  slug,
  kind: 'neighbourhood',
  description: text(da, en),
})

export const communities: CommunitySeed[] = [
  n(
    'albertslund-centrum',
    'Albertslund Centrum',
    'Bymidten med station, bibliotek, butikker og Forbrændingen.',
    'The town centre with the station, library, shops and Forbrændingen.',
  ),
  n(
    'albertslund-syd',
    'Albertslund Syd',
    'Tæt-lav boligområde med gårdhaver, stier og fælleshuse.',
    'Low-rise courtyard housing with paths and shared community houses.',
  ),
  n(
    'albertslund-nord',
    'Albertslund Nord',
    'Rækkehuse og etageboliger nord for jernbanen, tæt på Vestskoven.',
    'Terraced houses and flats north of the railway, close to Vestskoven forest.',
  ),
  n(
    'hedemarken',
    'Hedemarken',
    'Boligområde med egen beboerforening og aktivt fælleshus.',
    'A neighbourhood with its own residents’ association and a busy community house.',
  ),
  n(
    'herstedoester',
    'Herstedøster',
    'Den gamle landsby med kirke, gadekær og forsamlingshus.',
    'The old village with its church, pond and village hall.',
  ),
  n(
    'herstedvester',
    'Herstedvester',
    'Landsby og villakvarter ved Vestskoven.',
    'A village and residential area by Vestskoven forest.',
  ),
  n(
    'galgebakken',
    'Galgebakken',
    'Kendt tæt-lav bebyggelse med stærke fællesskaber.',
    'Well-known low-rise housing with strong communities.',
  ),
  n(
    'hyldespjaeldet',
    'Hyldespjældet',
    'Boligområde med gårdhuse og mange børnefamilier.',
    'Courtyard houses and many families with children.',
  ),
  n(
    'vridsloeselille',
    'Vridsløselille',
    'Boligområde øst for centrum med andelsboliger og haver.',
    'Housing east of the centre with co-operative homes and gardens.',
  ),
  n(
    'nye-hersted',
    'De nye boligområder i Hersted',
    'Nye boliger, hvor mange er flyttet til for nylig. Her er velkomstambassadører.',
    'New homes where many people have just moved in. Welcome ambassadors are here.',
  ),
  {
    name: text('Nye i Albertslund', 'New in Albertslund'),
    slug: 'nye-i-albertslund',
    kind: 'interest',
    description: text(
      'Et fællesskab for nye borgere: mød andre, der også lige er flyttet hertil.',
      'A community for newcomers: meet others who have just moved here too.',
    ),
  },
  {
    name: text('Frivillige i Albertslund', 'Volunteers in Albertslund'),
    slug: 'frivillige-i-albertslund',
    kind: 'interest',
    description: text(
      'For alle, der vil give en hånd: ambassadører, foreningsfrivillige og ildsjæle.',
      'For everyone who wants to help out: ambassadors, association volunteers and enthusiasts.',
    ),
  },
]
