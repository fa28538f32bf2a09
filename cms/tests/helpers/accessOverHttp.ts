/**
 * The access rows added for hardening (versions, restore, unlock, media replacement,
 * organizers) and good stories, exercised over REST and GraphQL as a client sends them. The same suite runs
 * in-process (`tests/int/access-http.int.test.ts`) and against `next start`
 * (`tests/e2e/api.e2e.test.ts`).
 */
import sharp from 'sharp'
import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import { buildWorld, valid, type World } from './fixtures'
import type { Answer, Caller } from './http'

export interface HttpWorld {
  world: World
  /** The editor's upload, the logo of their published association. */
  liveImage: number
  /** The editor's upload that nothing published shows. */
  freeImage: number
  /** A version of each association. */
  ownVersion: number
  otherVersion: number
  /** Good stories about the editor's (untrusted) association: one published, one a draft. */
  publishedStory: number
  draftStory: number
}

const png = () =>
  sharp({ create: { width: 24, height: 24, channels: 3, background: '#2f7d5b' } })
    .png()
    .toBuffer()

/** The test world (every role, documents in every state) plus images and version ids. */
export async function prepareHttpWorld(payload: Payload): Promise<HttpWorld> {
  const world = await buildWorld(payload)
  const upload = async (name: string) => {
    const data = await png()
    return payload.create({
      collection: 'media',
      data: { alt: name },
      file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
      overrideAccess: false,
      user: world.editor,
    })
  }
  const live = await upload('logo')
  const free = await upload('fri')
  await payload.update({
    collection: 'associations',
    id: world.ownAssociation.id,
    data: { logo: live.id, _status: 'published' },
  })
  const versionOf = async (id: number) =>
    (
      await payload.findVersions({
        collection: 'associations',
        where: { parent: { equals: id } },
        sort: 'createdAt',
        limit: 1,
      })
    ).docs[0]!.id as unknown as number
  const story = (n: number, _status: 'published' | 'draft') =>
    payload.create({
      collection: 'stories',
      data: { ...valid.story(world.ownAssociation.id, n), _status },
      draft: _status === 'draft',
    })
  return {
    world,
    publishedStory: (await story(1, 'published')).id,
    draftStory: (await story(2, 'draft')).id,
    liveImage: live.id,
    freeImage: free.id,
    ownVersion: await versionOf(world.ownAssociation.id),
    otherVersion: await versionOf(world.otherAssociation.id),
  }
}

type Who = 'anonymous' | 'editor' | 'staff' | 'admin'
const passwords: Record<Exclude<Who, 'anonymous'>, [string, string]> = {
  editor: ['editor@test.dk', 'editor-password-1'],
  staff: ['staff@test.dk', 'staff-password-1'],
  admin: ['admin@test.dk', 'admin-password-1'],
}

const docsOf = (answer: Answer, key?: string) => {
  const body = key
    ? ((answer.body.data as Record<string, { docs?: unknown[] }> | null)?.[key] ?? {})
    : answer.body
  return ((body as { docs?: unknown[] }).docs ?? []).length
}

/** Registers the suite; `setup` gives the caller and the world once they exist. */
export function accessOverHttp(setup: () => { api: Caller; w: HttpWorld }) {
  const tokens = new Map<Who, string | undefined>()
  const tokenOf = async (who: Who) => {
    if (who === 'anonymous') return undefined
    if (!tokens.has(who)) tokens.set(who, await setup().api.login(...passwords[who]))
    return tokens.get(who)
  }
  const rest = async (
    who: Who,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    options: { body?: unknown; raw?: BodyInit } = {},
  ) => setup().api.rest(method, path, { ...options, token: await tokenOf(who) })
  const graphql = async (who: Who, query: string, variables?: Record<string, unknown>) =>
    setup().api.graphql(query, { variables, token: await tokenOf(who) })

  describe('versions', () => {
    const listOf = (id: () => number) => `/associations/versions?where[parent][equals]=${id()}`
    const gqlOf = (id: number) =>
      `{ versionsAssociations(where: { parent: { equals: ${id} } }) { docs { id } } }`

    it('REST: an editor reads the versions of their own association only; the public none', async () => {
      const { world } = setup().w
      const own = () => world.ownAssociation.id
      const other = () => world.otherAssociation.id
      expect(docsOf(await rest('editor', 'GET', listOf(own)))).toBeGreaterThan(0)
      expect(docsOf(await rest('editor', 'GET', listOf(other)))).toBe(0)
      expect((await rest('anonymous', 'GET', listOf(own))).status).toBe(403)
      expect(docsOf(await rest('staff', 'GET', listOf(other)))).toBeGreaterThan(0)
      const { otherVersion, ownVersion } = setup().w
      const others = await rest('editor', 'GET', `/associations/versions/${otherVersion}`)
      expect([403, 404]).toContain(others.status)
      expect((await rest('editor', 'GET', `/associations/versions/${ownVersion}`)).status).toBe(200)
      expect((await rest('anonymous', 'GET', '/events/versions')).status).toBe(403)
      expect((await rest('editor', 'GET', '/venues/versions')).status).toBe(403)
    })

    it('GraphQL: the same', async () => {
      const { world } = setup().w
      const own = await graphql('editor', gqlOf(world.ownAssociation.id))
      expect(docsOf(own, 'versionsAssociations')).toBeGreaterThan(0)
      const other = await graphql('editor', gqlOf(world.otherAssociation.id))
      expect(docsOf(other, 'versionsAssociations')).toBe(0)
      const anonymous = await graphql('anonymous', gqlOf(world.ownAssociation.id))
      expect(anonymous.status).toBe(403)
      expect(JSON.stringify(anonymous.body)).not.toContain('Forening 1')
      const events = await graphql(
        'editor',
        `
          {
            versionsEvents {
              docs {
                id
                parent {
                  id
                }
              }
            }
          }
        `,
      )
      const parents = (
        events.body.data as { versionsEvents: { docs: { parent: { id: number } | null }[] } }
      ).versionsEvents.docs.map((d) => d.parent?.id)
      expect(parents).not.toContain(world.otherDraftEvent.id)
      expect(parents).toContain(world.ownEvent.id)
    })
  })

  describe('restoring a version', () => {
    it('REST: an editor who may not publish restores as a draft only', async () => {
      const { ownVersion, otherVersion } = setup().w
      const straight = await rest('editor', 'POST', `/associations/versions/${ownVersion}`)
      expect(straight.status).toBe(403)
      expect(JSON.stringify(straight.body)).toContain('Gendan som kladde')
      const asDraft = await rest(
        'editor',
        'POST',
        `/associations/versions/${ownVersion}?draft=true`,
      )
      expect(asDraft.status).toBe(200)
      expect(asDraft.body).toMatchObject({ _status: 'draft', reviewState: 'submitted' })
      const others = await rest(
        'editor',
        'POST',
        `/associations/versions/${otherVersion}?draft=true`,
      )
      expect(others.status).toBe(403)
      expect((await rest('anonymous', 'POST', `/associations/versions/${ownVersion}`)).status).toBe(
        403,
      )
      expect((await rest('staff', 'POST', `/associations/versions/${ownVersion}`)).status).toBe(200)
    })

    it('GraphQL: the same', async () => {
      const { ownVersion } = setup().w
      const restore = (draft: boolean) =>
        `mutation { restoreVersionAssociation(id: ${ownVersion}, draft: ${draft}) { id _status } }`
      expect((await graphql('editor', restore(false))).status).toBe(403)
      const asDraft = await graphql('editor', restore(true))
      expect(asDraft.status).toBe(200)
      expect(asDraft.body.data).toMatchObject({ restoreVersionAssociation: { _status: 'draft' } })
      expect((await graphql('anonymous', restore(true))).status).toBe(403)
    })
  })

  describe('unlocking accounts', () => {
    const unlock = (email: string) => ({ body: { email } })
    it('REST: admins unlock anyone, staff editors, nobody else', async () => {
      expect((await rest('editor', 'POST', '/users/unlock', unlock('admin@test.dk'))).status).toBe(
        403,
      )
      expect(
        (await rest('anonymous', 'POST', '/users/unlock', unlock('admin@test.dk'))).status,
      ).toBe(403)
      expect((await rest('staff', 'POST', '/users/unlock', unlock('admin@test.dk'))).status).toBe(
        403,
      )
      expect((await rest('staff', 'POST', '/users/unlock', unlock('other@test.dk'))).status).toBe(
        200,
      )
      expect((await rest('admin', 'POST', '/users/unlock', unlock('staff@test.dk'))).status).toBe(
        200,
      )
    })

    it('GraphQL: the same', async () => {
      const unlockUser = (email: string) => `mutation { unlockUser(email: "${email}") }`
      expect((await graphql('editor', unlockUser('admin@test.dk'))).status).toBe(403)
      expect((await graphql('staff', unlockUser('admin@test.dk'))).status).toBe(403)
      expect((await graphql('staff', unlockUser('other@test.dk'))).body.data).toEqual({
        unlockUser: true,
      })
    })
  })

  describe('images the website shows', () => {
    it('REST: an editor may not change the alt text or file of one, nor delete it', async () => {
      const { liveImage, freeImage, world } = setup().w
      // Staff put it on the website (again: a restore above may have taken it off).
      const shown = await rest('staff', 'PATCH', `/associations/${world.ownAssociation.id}`, {
        body: { logo: liveImage, _status: 'published' },
      })
      expect(shown.status).toBe(200)
      const alt = await rest('editor', 'PATCH', `/media/${liveImage}`, { body: { alt: 'Ny' } })
      expect(alt.status).toBe(403)
      expect(JSON.stringify(alt.body)).toContain('upload et nyt billede')
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'ny.png')
      form.append('_payload', JSON.stringify({}))
      expect((await rest('editor', 'PATCH', `/media/${liveImage}`, { raw: form })).status).toBe(403)
      expect((await rest('editor', 'DELETE', `/media/${liveImage}`)).status).toBe(403)
      const unused = await rest('editor', 'PATCH', `/media/${freeImage}`, { body: { alt: 'Ny' } })
      expect(unused.status).toBe(200)
      expect(
        (await rest('staff', 'PATCH', `/media/${liveImage}`, { body: { alt: 'Logo' } })).status,
      ).toBe(200)
    })

    it('GraphQL: the same', async () => {
      const { liveImage } = setup().w
      const mutation = `mutation { updateMedia(id: ${liveImage}, data: { alt: "Ny" }) { id } }`
      expect((await graphql('editor', mutation)).status).toBe(403)
      expect((await graphql('staff', mutation)).status).toBe(200)
    })
  })

  describe('organizers', () => {
    it('REST: an editor adds only their own associations; staff add any', async () => {
      const { world } = setup().w
      const body = { organizers: [world.ownAssociation.id, world.otherAssociation.id] }
      const path = `/events/${world.ownEvent.id}?draft=true`
      const editor = await rest('editor', 'PATCH', path, { body })
      expect(editor.status).toBe(400)
      expect(JSON.stringify(editor.body)).toContain('Forening 2')
      const created = await rest('editor', 'POST', '/events?draft=true', {
        body: { ...valid.event(world.ownAssociation.id, 70), ...body },
      })
      expect(created.status).toBe(400)
      expect((await rest('staff', 'PATCH', path, { body })).status).toBe(200)
    })

    it('GraphQL: the same', async () => {
      const { world } = setup().w
      const ids = `[${world.ownAssociation.id}, ${world.otherAssociation.id}, ${world.draftAssociation.id}]`
      const mutation = `mutation { updateEvent(id: ${world.ownEvent.id}, draft: true, data: { organizers: ${ids} }) { id } }`
      const editor = await graphql('editor', mutation)
      expect(editor.status).toBe(400)
      expect((await graphql('staff', mutation)).status).toBe(200)
    })
  })

  describe('good stories', () => {
    const listed = (id: number) => `/stories?where[id][equals]=${id}&draft=true`
    const gqlOf = (id: number) =>
      `{ Stories(where: { id: { equals: ${id} } }, draft: true) { docs { id title } } }`

    it('REST: everyone reads published stories; drafts only staff (not an untrusted editor, even about their own association); only writers create', async () => {
      const { publishedStory, draftStory, world } = setup().w
      for (const who of ['anonymous', 'editor', 'staff'] as const) {
        expect(docsOf(await rest(who, 'GET', listed(publishedStory))), who).toBe(1)
      }
      expect(docsOf(await rest('anonymous', 'GET', listed(draftStory)))).toBe(0)
      expect(docsOf(await rest('editor', 'GET', listed(draftStory)))).toBe(0)
      expect(docsOf(await rest('staff', 'GET', listed(draftStory)))).toBe(1)
      const versions = `/stories/versions?where[parent][equals]=${draftStory}`
      expect((await rest('anonymous', 'GET', versions)).status).toBe(403)
      const editorVersions = await rest('editor', 'GET', versions)
      expect(editorVersions.status === 403 || docsOf(editorVersions) === 0).toBe(true)
      const body = { ...valid.story(world.ownAssociation.id, 80), _status: 'published' }
      expect((await rest('editor', 'POST', '/stories', { body })).status).toBe(403)
      expect((await rest('anonymous', 'POST', '/stories', { body })).status).toBe(403)
      const path = `/stories/${publishedStory}`
      expect((await rest('editor', 'PATCH', path, { body: { title: 'Ændret' } })).status).toBe(403)
      expect((await rest('staff', 'POST', '/stories', { body })).status).toBe(201)
    })

    it('GraphQL: the same', async () => {
      const { publishedStory, draftStory } = setup().w
      expect(docsOf(await graphql('anonymous', gqlOf(publishedStory)), 'Stories')).toBe(1)
      expect(docsOf(await graphql('anonymous', gqlOf(draftStory)), 'Stories')).toBe(0)
      expect(docsOf(await graphql('editor', gqlOf(draftStory)), 'Stories')).toBe(0)
      expect(docsOf(await graphql('staff', gqlOf(draftStory)), 'Stories')).toBe(1)
      const mutation = `mutation { updateStory(id: ${publishedStory}, data: { title: "Ændret" }) { id } }`
      expect((await graphql('editor', mutation)).status).toBe(403)
      expect((await graphql('staff', mutation)).status).toBe(200)
    })
  })
}
