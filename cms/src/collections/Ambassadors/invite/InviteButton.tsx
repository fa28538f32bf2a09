'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { useApi } from '../../../admin/useApi'

export function InviteButton({ id, label }: { id: number | string; label: string }) {
  const call = useApi()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const invite = async () => {
    setBusy(true)
    try {
      const answer = await call(`/ambassadors/${id}/invite`, { method: 'POST' })
      if (answer.ok) toast.success(answer.message)
      else toast.error(answer.message)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void invite()}>
      {label}
    </Button>
  )
}
