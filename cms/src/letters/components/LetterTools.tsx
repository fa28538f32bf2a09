import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedUser } from 'payload'
import { localeCodes, type Locale } from '@velkomst/shared/i18n'
import { shiftQuarter } from '@velkomst/shared/quarter'

import { loadLetter } from '../load'
import { languageName, letterWarnings } from '../warnings'
import { adminPath, adminText } from '../../admin/adminText'
import { CopyLetter } from './CopyLetter'

interface Props {
  id?: number | string
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
}

/**
 * At the top of a welcome letter: what to check before sending (warnings), the preview and PDF
 * in each language, and "copy to next quarter". Recomputed each time the letter is opened/saved.
 */
export async function LetterTools({ id, i18n, payload, user }: Props) {
  const { locale, t } = adminText(i18n)
  if (id === undefined) return <p className="velkomst-letter">{t('cms.letter.saveFirst')}</p>
  const loaded = await loadLetter(payload, id, user)
  const warnings = letterWarnings({ ...loaded, language: locale })
  const api = `${payload.config.routes.api}/welcome-letters/${id}`
  // Language names are lower case inside a Danish sentence ("på dansk").
  const language = (code: Locale) => languageName(code, locale)
  const next = shiftQuarter(loaded.letter.quarter, 1)
  return (
    <section aria-labelledby="velkomst-letter-heading" className="velkomst-letter">
      <h2 id="velkomst-letter-heading">{t('cms.letter.tools')}</h2>
      <h3>{t('cms.letter.warnings')}</h3>
      {warnings.length === 0 ? (
        <p>{t('cms.letter.noWarnings')}</p>
      ) : (
        <ul className="velkomst-letter__warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <ul className="velkomst-letter__links">
        {localeCodes.map((code) => (
          <li key={code}>
            <a href={`${api}/print?locale=${code}`} rel="noopener" target="_blank">
              {t('cms.letter.preview', { language: language(code) })}
            </a>
            {' · '}
            <a download href={`${api}/pdf?locale=${code}`}>
              {t('cms.letter.pdf', { language: language(code) })}
            </a>
          </li>
        ))}
      </ul>
      <CopyLetter
        adminBase={adminPath(payload.config.routes.admin, '/collections/welcome-letters')}
        id={id}
        label={t('cms.letter.copy', { quarter: next })}
      />
    </section>
  )
}
