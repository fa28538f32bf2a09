'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState, type FormEvent } from 'react'

import { useApi } from '../../../admin/useApi'

/** The invitation form: email, name, association(s). Errors are announced next to the button. */
export function InviteForm({
  associations,
  strings: s,
}: {
  associations: { id: number; name: string }[]
  strings: Record<string, string>
}) {
  const call = useApi()
  const router = useRouter()
  const id = useId()
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const t = (key: string) => s[key] ?? key

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    const data = new FormData(form)
    setBusy(true)
    setError('')
    try {
      const answer = await call('/users/invite', {
        method: 'POST',
        body: {
          email: data.get('email'),
          displayName: data.get('displayName'),
          associations: data.getAll('associations').map(Number),
        },
      })
      if (!answer.ok) {
        setError(answer.message)
        return
      }
      toast.success(answer.message)
      form.reset()
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="velkomst-invite">
      <summary>{t('cms.invite.title')}</summary>
      <form noValidate onSubmit={(e) => void send(e)}>
        <p>{t('cms.invite.intro')}</p>
        <label htmlFor={`${id}-email`}>{t('cms.invite.email')}</label>
        <input autoComplete="off" id={`${id}-email`} name="email" required type="email" />
        <label htmlFor={`${id}-name`}>{t('cms.field.displayName')}</label>
        <input id={`${id}-name`} name="displayName" type="text" />
        <label htmlFor={`${id}-associations`}>{t('cms.field.associations')}</label>
        <select id={`${id}-associations`} multiple name="associations" required size={6}>
          {associations.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <div aria-live="assertive">
          {error && (
            <p className="velkomst-review__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <Button disabled={busy} margin={false} type="submit">
          {t('cms.invite.send')}
        </Button>
      </form>
    </details>
  )
}
