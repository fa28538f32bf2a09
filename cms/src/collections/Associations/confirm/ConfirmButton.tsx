'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useApi } from '../../../admin/useApi'

/** "This listing is still correct": one click, the date is saved, the page shows it. */
export function ConfirmButton({
  id,
  label,
  name,
}: {
  id: number | string
  label: string
  name: string
}) {
  const call = useApi()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      const answer = await call(`/associations/${id}/confirm`, { method: 'POST' })
      if (answer.ok) toast.success(answer.message)
      else toast.error(answer.message)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      aria-label={`${label}: ${name}`}
      buttonStyle="secondary"
      disabled={busy}
      margin={false}
      onClick={() => void confirm()}
    >
      {label}
    </Button>
  )
}
