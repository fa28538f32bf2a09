/**
 * Building blocks for environment variables: each takes the raw value (trimmed; an empty value
 * counts as unset) and gives the typed value, its default included, or a message saying what
 * was expected.
 */
import { isIP } from 'node:net'

import { z } from 'zod'

/** A text, or the default when unset. */
export function text(): z.ZodOptional<z.ZodString>
export function text(fallback: string): z.ZodDefault<z.ZodString>
export function text(fallback?: string) {
  return fallback === undefined ? z.string().optional() : z.string().default(fallback)
}

const absoluteUrl = () =>
  z
    .string()
    .refine((v) => {
      try {
        return ['http:', 'https:'].includes(new URL(v).protocol)
      } catch {
        return false
      }
    }, 'expected an absolute http:// or https:// address')
    .transform((v) => v.replace(/\/+$/, ''))
type AbsoluteUrl = ReturnType<typeof absoluteUrl>

/** An absolute http(s) address, without a trailing slash. */
export function httpUrl(): z.ZodOptional<AbsoluteUrl>
export function httpUrl(fallback: string): z.ZodDefault<AbsoluteUrl>
export function httpUrl(fallback?: string) {
  return fallback === undefined ? absoluteUrl().optional() : absoluteUrl().default(fallback)
}

/** A whole number within bounds, or the default. */
export const integer = (fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) =>
  z
    .string()
    .regex(/^-?\d+$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .default(fallback)

/** A TCP port. */
export const port = (fallback: number) => integer(fallback, { min: 1, max: 65535 })

const trueOrFalse = () =>
  z
    .string()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), 'expected true or false')
    .transform((v) => ['true', '1', 'yes'].includes(v))
type TrueOrFalse = ReturnType<typeof trueOrFalse>

/** `true` or `false` (also 1/0, yes/no); unset is the default, or undefined without one. */
export function flag(): z.ZodOptional<TrueOrFalse>
export function flag(fallback: boolean): z.ZodDefault<TrueOrFalse>
export function flag(fallback?: boolean) {
  return fallback === undefined ? trueOrFalse().optional() : trueOrFalse().default(fallback)
}

/** One of a list of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodOptional<z.ZodEnum<{ [K in T[number]]: K }>>
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback: T[number],
): z.ZodDefault<z.ZodEnum<{ [K in T[number]]: K }>>
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  fallback?: T[number],
) {
  return fallback === undefined ? z.enum(values).optional() : z.enum(values).default(fallback)
}

/** An ISO 8601 date or date-time. */
export const isoDate = () =>
  z
    .string()
    .refine((v) => !Number.isNaN(new Date(v).getTime()), 'expected an ISO date, e.g. 2026-11-28')
    .transform((v) => new Date(v))
    .optional()

const isAddressOrRange = (entry: string) => {
  const [address = '', prefix, ...rest] = entry.split('/')
  const version = isIP(address)
  if (!version || rest.length) return false
  if (prefix === undefined) return true
  const bits = Number(prefix)
  return /^\d+$/.test(prefix) && bits >= 0 && bits <= (version === 4 ? 32 : 128)
}

/** Comma-separated IP addresses or CIDR ranges (`10.0.0.0/8, ::1`), as a list; unset: none. */
export const addressList = () =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every(isAddressOrRange),
      'expected IP addresses or CIDR ranges separated by commas, e.g. 127.0.0.1,10.0.0.0/8',
    )
    .default([])
