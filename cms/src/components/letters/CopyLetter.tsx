'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

/** Copies the letter and its offers into the next quarter, then opens the copy. */
export function CopyLetter({
  adminBase,
  id,
  label,
}: {
  adminBase: string
  id: number | string
  label: string
}) {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const copy = async () => {
    setBusy(true)
    try {
      const res = await fetch(
        `${serverURL ?? ''}${api}/welcome-letters/${id}/copy-to-next-quarter`,
        {
          method: 'POST',
          credentials: 'include',
        },
      )
      const body = (await res.json()) as {
        id?: number
        message?: string
        errors?: { message: string }[]
      }
      if (!res.ok) {
        toast.error(body.errors?.[0]?.message ?? String(res.status))
        return
      }
      toast.success(body.message ?? '')
      router.push(`${adminBase}/${body.id}`)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void copy()}>
      {label}
    </Button>
  )
}
