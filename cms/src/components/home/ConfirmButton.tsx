'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

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
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const confirm = async () => {
    setBusy(true)
    try {
      const res = await fetch(`${serverURL ?? ''}${api}/associations/${id}/confirm`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (res.ok) toast.success(body.message ?? '')
      else toast.error(body.errors?.[0]?.message ?? String(res.status))
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
