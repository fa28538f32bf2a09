import { users } from '../data/users'
import type { SeedContext } from '../context'

/** One demo account per role, with the demo passwords (printed by `npm start`). */
export async function seedUsers(ctx: SeedContext) {
  await ctx.step(
    'users',
    'users',
    'email',
    users,
    (u) => u.email,
    async (u) =>
      (
        await ctx.payload.create({
          collection: 'users',
          data: {
            email: u.email,
            password: u.password,
            displayName: u.displayName,
            role: u.role,
            associations: ctx.ids('associations', u.associations) as number[],
          },
          ...ctx.common,
        })
      ).id,
  )
}
