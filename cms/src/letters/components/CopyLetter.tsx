'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useApi } from '../../admin/useApi'

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
  const call = useApi()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const copy = async () => {
    setBusy(true)
    try {
      const answer = await call<{ id?: number }>(`/welcome-letters/${id}/copy-to-next-quarter`, {
        method: 'POST',
      })
      if (!answer.ok) {
        toast.error(answer.message)
        return
      }
      toast.success(answer.message)
      router.push(`${adminBase}/${answer.body.id}`)
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
