'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useApi } from '../../admin/useApi'

/** Replaces the offer's desk link; the page then shows the new one. */
export function RenewDeskLink({
  id,
  label,
  hint,
}: {
  id: number | string
  label: string
  hint: string
}) {
  const call = useApi()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const renew = async () => {
    setBusy(true)
    try {
      const answer = await call(`/ticket-desk-link/${id}`, { method: 'POST' })
      if (answer.ok) toast.success(answer.message)
      else toast.error(answer.message)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="velkomst-desk__renew">
      <p>{hint}</p>
      <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void renew()}>
        {label}
      </Button>
    </div>
  )
}
