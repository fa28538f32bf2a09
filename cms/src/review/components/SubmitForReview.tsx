'use client'

import { FormSubmit, toast, useConfig, useDocumentInfo, useForm, useLocale } from '@payloadcms/ui'
import { useCallback } from 'react'

/**
 * Saves the form as a draft marked "submitted": the municipality then sees it in the review
 * queue. Validation runs as for publishing, so nothing half-filled reaches the queue.
 */
export function SubmitForReview({ label, done }: { label: string; done: string }) {
  const { id, collectionSlug } = useDocumentInfo()
  const { submit } = useForm()
  const { code } = useLocale()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()

  const onClick = useCallback(async () => {
    const query = new URLSearchParams({ depth: '0', draft: 'true', locale: code })
    query.set('fallback-locale', 'null')
    const path = `${api}/${collectionSlug}${id ? `/${id}` : ''}?${query.toString()}`
    const result = await submit({
      action: `${serverURL ?? ''}${path}`,
      disableSuccessStatus: true,
      method: id ? 'PATCH' : 'POST',
      overrides: { _status: 'draft', reviewState: 'submitted' },
    })
    if (result && result.res.ok) toast.success(done)
  }, [api, code, collectionSlug, done, id, serverURL, submit])

  return (
    <FormSubmit buttonId="action-submit-for-review" onClick={() => void onClick()} type="button">
      {label}
    </FormSubmit>
  )
}
