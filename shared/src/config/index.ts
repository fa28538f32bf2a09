/**
 * Reading the environment: each package calls `readConfig(scope)` once where it needs settings
 * and gets typed values with their defaults, or one error naming every variable that is missing
 * or malformed. Nothing else in the product reads `process.env`.
 */
import type { z } from 'zod'

import { variables, type Scope, type VariableName, type VariableSpec } from './variables'

export {
  groups,
  variables,
  type Group,
  type Scope,
  type VariableName,
  type VariableSpec,
} from './variables'

type Variables = typeof variables

/** The variables a scope reads, with their parsed types. */
export type Config<S extends Scope> = {
  -readonly [K in VariableName as S extends Variables[K]['scopes'][number] ? K : never]: z.output<
    Variables[K]['schema']
  >
}

/** Every problem with the configuration at once. (Plain JavaScript syntax: Vitest and Node load
 * this file without compiling it.) */
export class ConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(
      `Velkomst's configuration is not right:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'Set these in the environment (see .env.example and the README, "Configuration").',
    )
    this.name = 'ConfigError'
    this.problems = problems
  }
}

type Env = Record<string, string | undefined>

/** Production, and not a demo or Next's build step (which evaluates the config without serving). */
export function isProduction(env: Env): boolean {
  return (
    env.NODE_ENV === 'production' &&
    !/^(true|1|yes)$/i.test(env.VELKOMST_DEMO ?? '') &&
    env.NEXT_PHASE !== 'phase-production-build'
  )
}

/** The scope's variables from `env`, parsed; throws a ConfigError listing every problem. */
export function readConfig<S extends Scope>(scope: S, env: Env = process.env): Config<S> {
  const values: Record<string, unknown> = {}
  const problems: string[] = []
  const production = isProduction(env)
  for (const [name, spec] of Object.entries(variables) as [VariableName, VariableSpec][]) {
    if (!spec.scopes.includes(scope)) continue
    const raw = env[name]?.trim() || undefined
    if (raw === undefined && production && spec.production) {
      problems.push(`${name} is required in production: ${spec.description}`)
      continue
    }
    const parsed = spec.schema.safeParse(raw)
    if (parsed.success) values[name] = parsed.data
    else {
      const issue = parsed.error.issues[0]?.message ?? 'not valid'
      problems.push(`${name}=${JSON.stringify(raw)} is not valid: ${issue}.`)
    }
  }
  if (problems.length) throw new ConfigError(problems)
  return values as Config<S>
}
