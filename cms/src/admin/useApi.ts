'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback } from 'react'

export interface ApiAnswer<T> {
  ok: boolean
  status: number
  body: T & { message?: string; errors?: { message: string }[] }
  /** The server's message: its success message, or its first error in the user's language. */
  message: string
}

/**
 * Calls the CMS's own REST API from an admin component, signed in by the admin's cookie, and
 * returns the answer with the message to show (endpoints answer in the user's language).
 */
export function useApi() {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const base = `${serverURL ?? ''}${api}`
  return useCallback(
    async <T = Record<string, unknown>>(
      path: string,
      init: { method?: 'GET' | 'POST'; body?: unknown } = {},
    ): Promise<ApiAnswer<T>> => {
      const res = await fetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        credentials: 'include',
        headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const body = (await res.json().catch(() => ({}))) as ApiAnswer<T>['body']
      const message = res.ok
        ? (body.message ?? '')
        : (body.errors?.[0]?.message ?? String(res.status))
      return { ok: res.ok, status: res.status, body, message }
    },
    [base],
  )
}
