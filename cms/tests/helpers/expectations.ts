import { expect } from 'vitest'

interface FieldError {
  path: string
  message: string
}

/** Runs a write that must fail validation, and returns the field errors it reported. */
export async function fieldErrors(write: Promise<unknown>): Promise<FieldError[]> {
  try {
    await write
  } catch (error) {
    const data = (error as { data?: { errors?: FieldError[] } }).data
    if (data?.errors?.length) return data.errors
    throw error
  }
  expect.fail('the write was accepted, but it should have been rejected')
}

/** Asserts that a write is rejected with the given message on the given field path. */
export async function expectFieldError(
  write: Promise<unknown>,
  path: string,
  message: string | RegExp,
) {
  const errors = await fieldErrors(write)
  const match = errors.find((e) => e.path === path)
  expect(match, `no error on "${path}"; got ${JSON.stringify(errors)}`).toBeDefined()
  if (typeof message === 'string') expect(match?.message).toBe(message)
  else expect(match?.message).toMatch(message)
}
