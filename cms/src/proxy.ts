import { NextResponse, type NextRequest } from 'next/server'

import { malformedPathAnswer } from './http/path'

/** Before Next routes an API request: a path it cannot decode gets a 400, not Next's 500. */
export function proxy(request: NextRequest) {
  return malformedPathAnswer(request) ?? NextResponse.next()
}

export const config = { matcher: '/api/:path*' }
