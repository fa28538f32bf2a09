'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { useApi } from '../../admin/useApi'

/** Publish, or send back with a message the editor will see (a resident, by email). */
export function ReviewActions({
  byResidents = false,
  collection,
  id,
  strings: s,
  title,
  version,
}: {
  byResidents?: boolean
  collection: string
  id: number | string
  strings: Record<string, string>
  title: string
  /** The version the page shows: "Publish" publishes exactly this one. */
  version: number | string
}) {
  const call = useApi()
  const router = useRouter()
  const commentId = useId()
  const errorId = useId()
  const [comment, setComment] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const t = (key: string) => s[key] ?? key

  const act = async (action: 'publish' | 'send-back') => {
    if (action === 'send-back' && !comment.trim()) {
      setError(t('cms.review.commentRequired'))
      return
    }
    setBusy(true)
    setError('')
    try {
      const answer = await call(`/review/${collection}/${id}/${action}`, {
        method: 'POST',
        body: action === 'send-back' ? { comment } : { version },
      })
      if (!answer.ok) {
        setError(answer.message)
        return
      }
      toast.success(answer.message)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="velkomst-review__actions">
      <Button
        aria-label={`${t('cms.review.publish')}: ${title}`}
        disabled={busy}
        margin={false}
        onClick={() => void act('publish')}
      >
        {t('cms.review.publish')}
      </Button>
      <div className="velkomst-review__sendback">
        <label htmlFor={commentId}>
          {t(byResidents ? 'activities.review.comment' : 'cms.review.comment')}
        </label>
        <textarea
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          id={commentId}
          onChange={(e) => setComment(e.target.value)}
          rows={3}
          value={comment}
        />
        {error && (
          <p className="velkomst-review__error" id={errorId} role="alert">
            {error}
          </p>
        )}
        <Button
          aria-label={`${t('cms.review.sendBack')}: ${title}`}
          buttonStyle="secondary"
          disabled={busy}
          margin={false}
          onClick={() => void act('send-back')}
        >
          {t('cms.review.sendBack')}
        </Button>
      </div>
    </div>
  )
}
