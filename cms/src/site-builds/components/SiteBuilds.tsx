'use client'

import { Button, toast } from '@payloadcms/ui'
import { formatDateTime } from '@velkomst/shared/format'
import type { Locale } from '@velkomst/shared/i18n'
import { useCallback, useEffect, useState } from 'react'

import type { BuildsAnswer } from '../endpoints'
import { useApi } from '../../admin/useApi'

type Strings = Record<string, string>

/**
 * The website panel for staff: whether the last update failed (and why), the recent builds,
 * and "rebuild now". Polls while a build runs.
 */
export function SiteBuilds({
  initial,
  locale,
  strings: s,
}: {
  initial: BuildsAnswer
  locale: Locale
  strings: Strings
}) {
  const call = useApi()
  const [answer, setAnswer] = useState<BuildsAnswer>(initial)
  /** When staff asked for a rebuild, until a build that started after that has finished. */
  const [requested, setRequested] = useState<number | null>(null)
  const t = (key: string) => s[key] ?? key

  const refresh = useCallback(async () => {
    const latest = await call<BuildsAnswer>('/site-builds')
    if (latest.ok) setAnswer(latest.body)
  }, [call])

  const busy = answer.state === 'ok' && answer.busy
  const waiting = busy || requested !== null
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => void refresh(), 2000)
    return () => clearInterval(timer)
  }, [waiting, refresh])
  useEffect(() => {
    const latest = answer.state === 'ok' ? answer.builds[0] : undefined
    if (
      requested !== null &&
      !busy &&
      latest &&
      Date.parse(String(latest.startedAt)) >= requested
    ) {
      setRequested(null)
    }
  }, [answer, busy, requested])

  const rebuild = async () => {
    const asked = await call('/site-builds', { method: 'POST' })
    if (asked.ok) {
      setRequested(Date.now() - 1000)
      toast.info(t('cms.builds.requested'))
    } else {
      toast.error(asked.message)
    }
  }

  const last = answer.state === 'ok' ? answer.builds[0] : undefined
  return (
    <section aria-labelledby="velkomst-builds-heading" className="velkomst-home__panel">
      <h2 id="velkomst-builds-heading">{t('cms.builds.title')}</h2>
      {answer.state === 'not-configured' && <p>{t('cms.builds.notConfigured')}</p>}
      {answer.state === 'webhook-only' && <p>{t('cms.builds.webhookOnly')}</p>}
      {answer.state === 'unavailable' && (
        <p role="alert">{t('cms.builds.unavailable').replace('{status}', answer.status)}</p>
      )}
      {last && !last.ok && (
        <div className="velkomst-home__error" role="alert">
          <p>
            <strong>{t('cms.builds.lastFailed')}</strong>
          </p>
          <pre>{last.error}</pre>
        </div>
      )}
      <div aria-live="polite">{waiting && <p>{t('cms.builds.running')}</p>}</div>
      {answer.state !== 'not-configured' && (
        <Button
          buttonStyle="secondary"
          disabled={busy}
          margin={false}
          onClick={() => void rebuild()}
        >
          {t('cms.builds.rebuild')}
        </Button>
      )}
      {answer.state === 'ok' && (
        <>
          <h3>{t('cms.builds.recent')}</h3>
          {answer.builds.length === 0 ? (
            <p>{t('cms.builds.none')}</p>
          ) : (
            <table className="velkomst-home__builds">
              <thead>
                <tr>
                  <th scope="col">{t('cms.builds.when')}</th>
                  <th scope="col">{t('cms.builds.duration')}</th>
                  <th scope="col">{t('cms.builds.result')}</th>
                  <th scope="col">{t('cms.builds.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.builds.slice(0, 8).map((build) => (
                  <tr key={String(build.startedAt)}>
                    <td>{formatDateTime(build.startedAt, locale)}</td>
                    <td>{(build.ms / 1000).toFixed(1)} s</td>
                    <td>{build.ok ? t('cms.builds.ok') : t('cms.builds.failed')}</td>
                    <td>
                      {build.reasons.slice(0, 3).join(', ')}
                      {build.reasons.length > 3 ? ' …' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  )
}
