'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState, type FormEvent } from 'react'

import { useApi } from '../../admin/useApi'

function useErase() {
  const call = useApi()
  return async (person: { email: string; phone: string }) => {
    const answer = await call('/personal-data/erase', { method: 'POST', body: person })
    if (answer.ok) toast.success(answer.message)
    else toast.error(answer.message)
    return answer.ok
  }
}

export function EraseForm({
  strings,
}: {
  strings: Record<'heading' | 'intro' | 'email' | 'phone' | 'submit' | 'confirm', string>
}) {
  const erase = useErase()
  const router = useRouter()
  const id = useId()
  const [email, setEmail] = useState('')
  const [phone, setPhone] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const who = [email, phone].filter(Boolean).join(', ')
    if (!window.confirm(strings.confirm.replace('{who}', who))) return
    setBusy(true)
    try {
      if (await erase({ email, phone })) {
        setEmail('')
        setPhone('')
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }
  return (
    <details className="velkomst-erase">
      <summary>{strings.heading}</summary>
      <form onSubmit={(e) => void submit(e)}>
        <p>{strings.intro}</p>
        <div className="velkomst-erase__fields">
          <label htmlFor={`${id}-email`}>{strings.email}</label>
          <input
            autoComplete="off"
            id={`${id}-email`}
            onChange={(e) => setEmail(e.target.value)}
            type="email"
            value={email}
          />
          <label htmlFor={`${id}-phone`}>{strings.phone}</label>
          <input
            autoComplete="off"
            id={`${id}-phone`}
            onChange={(e) => setPhone(e.target.value)}
            type="tel"
            value={phone}
          />
        </div>
        <Button buttonStyle="secondary" disabled={busy} margin={false} type="submit">
          {strings.submit}
        </Button>
      </form>
    </details>
  )
}

export function EraseButton({
  listUrl,
  person,
  strings,
}: {
  listUrl: string
  person: { email: string; phone: string }
  strings: Record<'button' | 'confirm', string>
}) {
  const erase = useErase()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const click = async () => {
    if (!window.confirm(strings.confirm)) return
    setBusy(true)
    try {
      if (await erase(person)) router.push(listUrl)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void click()}>
      {strings.button}
    </Button>
  )
}
