import { MinimalTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import type { DictionaryKey } from '@velkomst/shared/i18n'
import { passwordMinLength, PASSWORD_MAX_LENGTH } from '@velkomst/shared/validation'

import { adminPath, adminText } from '../../../admin/adminText'
import { Logo } from '../../../admin/branding/Logo'
import { accountForToken, isSetPasswordError, type SetPasswordError } from './account'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** Which field a refusal belongs to, and its message. */
const refusals: Record<Exclude<SetPasswordError, 'expired'>, [string, DictionaryKey]> = {
  required: ['password', 'validation.required'],
  short: ['password', 'validation.password.short'],
  long: ['password', 'validation.password.long'],
  mismatch: ['confirm-password', 'validation.password.mismatch'],
}

/**
 * `/admin/set-password?token=…`: where an invitation or a reset link lands (Payload's own
 * `/admin/reset/:token` redirects here). A plain HTML form, so it works before any script has
 * run and with whatever a password manager fills in; a refusal comes back from the server with
 * the reason beside the field (and in a summary linked to it), in the admin's language.
 */
export async function SetPasswordView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { payload, i18n } = req
  const { t } = adminText(i18n)
  const { admin, api } = payload.config.routes
  const token = first(searchParams?.token) ?? ''
  const error = first(searchParams?.error)
  const account = await accountForToken(payload, token, req)
  const min = passwordMinLength(account?.role)
  const refusal = isSetPasswordError(error) && error !== 'expired' ? refusals[error] : undefined
  const message = refusal && t(refusal[1], { min, max: PASSWORD_MAX_LENGTH })
  const invalid = (name: string) => refusal?.[0] === name

  return (
    <MinimalTemplate className="velkomst-set-password">
      <Logo i18n={i18n} payload={payload} />
      <h1>{t('cms.setPassword.title')}</h1>
      {!account ? (
        <div className="velkomst-set-password__expired" role="alert">
          <p>{t('cms.setPassword.expired')}</p>
          <p>
            <a href={adminPath(admin, '/forgot')}>{t('cms.setPassword.askAgain')}</a>
          </p>
        </div>
      ) : (
        <form
          action={`${api}/users/set-password`}
          className="velkomst-set-password__form"
          method="post"
          noValidate
        >
          {refusal && (
            <div
              aria-labelledby="set-password-errors"
              className="velkomst-set-password__summary"
              role="alert"
              tabIndex={-1}
            >
              <h2 id="set-password-errors">{t('cms.setPassword.problem')}</h2>
              <p>
                <a href={`#field-${refusal[0]}`}>{message}</a>
              </p>
            </div>
          )}
          <input name="token" type="hidden" value={token} />
          <div className="field-type email">
            <label className="field-label" htmlFor="field-email">
              {t('cms.setPassword.account')}
            </label>
            <input
              autoComplete="username"
              id="field-email"
              name="email"
              readOnly
              type="email"
              value={account.email}
            />
          </div>
          <div className={`field-type password${invalid('password') ? ' error' : ''}`}>
            <label className="field-label" htmlFor="field-password">
              {t('cms.setPassword.password')}
            </label>
            <p className="velkomst-set-password__hint" id="field-password-hint">
              {t('cms.setPassword.hint', { min })}
            </p>
            {invalid('password') && (
              <p className="velkomst-set-password__error" id="field-password-error">
                {message}
              </p>
            )}
            <input
              aria-describedby={`field-password-hint${invalid('password') ? ' field-password-error' : ''}`}
              aria-invalid={invalid('password') || undefined}
              autoComplete="new-password"
              autoFocus={invalid('password') || !refusal}
              id="field-password"
              maxLength={PASSWORD_MAX_LENGTH}
              minLength={min}
              name="password"
              required
              type="password"
            />
          </div>
          <div className={`field-type password${invalid('confirm-password') ? ' error' : ''}`}>
            <label className="field-label" htmlFor="field-confirm-password">
              {t('cms.setPassword.confirm')}
            </label>
            {invalid('confirm-password') && (
              <p className="velkomst-set-password__error" id="field-confirm-password-error">
                {message}
              </p>
            )}
            <input
              aria-describedby={
                invalid('confirm-password') ? 'field-confirm-password-error' : undefined
              }
              aria-invalid={invalid('confirm-password') || undefined}
              autoComplete="new-password"
              autoFocus={invalid('confirm-password')}
              id="field-confirm-password"
              maxLength={PASSWORD_MAX_LENGTH}
              name="confirm-password"
              required
              type="password"
            />
          </div>
          <button className="btn btn--style-primary btn--size-large" type="submit">
            {t('cms.setPassword.submit')}
          </button>
        </form>
      )}
    </MinimalTemplate>
  )
}
