import type { PayloadRequest, Validate } from 'payload'
import { toLocale, translate, type Locale } from '@velkomst/shared/i18n'
import type { Problem } from '@velkomst/shared/validation'

/** The editor's language: the admin language, else the content locale, else Danish. */
export function editorLocale(req: Partial<PayloadRequest> | undefined): Locale {
  return toLocale(req?.i18n?.language ?? (typeof req?.locale === 'string' ? req.locale : undefined))
}

export function messageFor(req: Partial<PayloadRequest> | undefined, problem: Problem): string {
  return translate(editorLocale(req), problem.key, problem.params)
}

const blank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

/** Like `answer`, for a required field: a blank value gets the "required" message first. */
export function requiredAnswer(
  req: Partial<PayloadRequest> | undefined,
  value: unknown,
  ...problems: (Problem | null | undefined)[]
): true | string {
  return blank(value) ? messageFor(req, { key: 'validation.required' }) : answer(req, ...problems)
}

/** Turns a shared rule's answer into what Payload's `validate` returns. */
export function answer(
  req: Partial<PayloadRequest> | undefined,
  ...problems: (Problem | null | undefined)[]
): true | string {
  const first = problems.find(Boolean)
  return first ? messageFor(req, first) : true
}

export interface RuleContext {
  req: Partial<PayloadRequest> & { user?: unknown }
  data: Record<string, unknown>
  siblingData: Record<string, unknown>
}

/** Types a field's `validate` where Payload's nested field unions lose the inference. */
export function rule(
  fn: (value: unknown, context: RuleContext) => true | string | Promise<true | string>,
): Validate {
  return (value, options) =>
    fn(value, {
      req: options.req,
      data: (options.data ?? {}) as Record<string, unknown>,
      siblingData: (options.siblingData ?? {}) as Record<string, unknown>,
    })
}
