/**
 * Malformed requests, generated from the Payload config: for every collection (and global) and
 * every field, values that do not fit the field's type, as REST bodies, REST filters and GraphQL
 * variables; ids that are not ids, control characters and undecodable escapes in the path,
 * broken, oversized and wrongly shaped bodies. A collection or field added later gets its cases
 * without anyone writing them. Each case must be answered with a 4xx and a message, and change
 * nothing (the tests compare the whole database before and after).
 */
import sharp from 'sharp'
import type { Field, Payload, SanitizedConfig } from 'payload'
import { formatNames } from 'payload'

import { quarterBounds } from '@velkomst/shared/quarter'

import { valid, type World } from './fixtures'

export interface RestCase {
  kind: 'rest'
  name: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
  raw?: string
  headers?: Record<string, string>
}

export interface GraphqlCase {
  kind: 'graphql'
  name: string
  query: string
  variables?: Record<string, unknown>
  raw?: string
}

export type MalformedCase = RestCase | GraphqlCase

/** A field as the cases need it: where it sits in a document and what it holds. */
export interface Leaf {
  /** Dotted path, as filters write it (`address.street`, `mapFeatures.name`). */
  path: string[]
  field: Field & { name: string }
  /** Inside an array: where the array is in the path (its rows hold the rest). */
  arrayAt?: number
}

type Named = Field & { name: string }
const hasName = (f: Field): f is Named => 'name' in f && typeof f.name === 'string'

/** Every field that holds data, with its path; layout fields (rows, tabs …) see through. */
export function leavesOf(fields: Field[], prefix: string[] = [], arrayAt?: number): Leaf[] {
  const out: Leaf[] = []
  for (const field of fields) {
    if (field.type === 'ui') continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && typeof tab.name === 'string'
        out.push(...leavesOf(tab.fields, named ? [...prefix, tab.name] : prefix, arrayAt))
      }
      continue
    }
    if (!hasName(field)) {
      if ('fields' in field) out.push(...leavesOf(field.fields, prefix, arrayAt))
      continue
    }
    const path = [...prefix, field.name]
    out.push({ path, field, arrayAt })
    if (field.type === 'group') out.push(...leavesOf(field.fields, path, arrayAt))
    // Arrays inside arrays are not in the config; their rows' fields would need a second row.
    if (field.type === 'array' && arrayAt === undefined) {
      out.push(...leavesOf(field.fields, path, path.length - 1))
    }
  }
  return out
}

/** Fields Payload or the server fills in; a client's value is ignored, not refused. */
export const serverOwned = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'url',
  'thumbnailURL',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'sizes',
  'salt',
  'hash',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
  'sessions',
  'editors',
])

/** Values a field of this type must refuse when written. */
export function badValues(field: Named): { label: string; value: unknown }[] {
  const object = { label: 'an object', value: { x: 1 } }
  const localized = { label: 'an object of languages', value: { da: 'a', xx: 'b' } }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return [
        'localized' in field && field.localized ? localized : object,
        { label: 'a number', value: 12 },
        ...('hasMany' in field && field.hasMany ? [] : [{ label: 'a list', value: ['a'] }]),
        { label: 'a string over 1 MB', value: 'x'.repeat(1_100_000) },
      ]
    case 'number':
      return [
        { label: 'a word', value: 'abc' },
        object,
        { label: 'a number too large', value: '1e999' },
      ]
    case 'date':
      return [
        { label: 'not a date', value: 'notadate' },
        object,
        { label: 'a year too far', value: '+275760-09-14T00:00:00.000Z' },
      ]
    case 'checkbox':
      return [{ label: 'a word', value: 'maybe' }, object]
    case 'select':
    case 'radio':
      return [{ label: 'an unknown option', value: 'zzz-not-an-option' }, object]
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo)
        ? [
            { label: 'an unknown collection', value: { relationTo: 'nope', value: 1 } },
            {
              label: 'an id that is not one',
              value: { relationTo: field.relationTo[0], value: 'abc' },
            },
            { label: 'a word', value: 'abc' },
          ]
        : [
            { label: 'an id that is not one', value: 'abc' },
            object,
            { label: 'a negative id', value: -1 },
            { label: 'an id that does not exist', value: 987654 },
          ]
    case 'richText':
      return [
        { label: 'a plain string', value: 'abc' },
        { label: 'a broken editor state', value: { root: 'x' } },
      ]
    case 'group':
      return [
        { label: 'a word', value: 'abc' },
        { label: 'a list', value: [1] },
      ]
    case 'array':
      return [
        { label: 'a word', value: 'abc' },
        { label: 'rows that are not objects', value: ['abc'] },
      ]
    case 'point':
      return [
        { label: 'a word', value: 'abc' },
        { label: 'words', value: ['a', 'b'] },
      ]
    case 'json':
      return [{ label: 'text over 1 MB', value: { x: 'x'.repeat(1_100_000) } }]
    default:
      return []
  }
}

/** Filter values that do not fit the field's type (strings, as a query string carries them). */
export function badFilters(field: Named): { label: string; value: string }[] {
  switch (field.type) {
    case 'number':
      return [
        { label: 'a word', value: 'abc' },
        { label: 'infinity', value: 'Infinity' },
      ]
    case 'date':
      return [{ label: 'not a date', value: 'notadate' }]
    case 'checkbox':
      return [{ label: 'a word', value: 'maybe' }]
    case 'select':
    case 'radio':
      return [{ label: 'an unknown option', value: 'zzz-not-an-option' }]
    case 'relationship':
    case 'upload':
      return Array.isArray(field.relationTo)
        ? []
        : [{ label: 'an id that is not one', value: 'abc' }]
    case 'point':
      return [{ label: 'a word', value: 'abc' }]
    default:
      return []
  }
}

/** `{ a: { b: value } }` for path ['a', 'b']. */
function nest(path: string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >
}

function dataFor(leaf: Leaf, value: unknown): Record<string, unknown> {
  if (leaf.arrayAt === undefined) return nest(leaf.path, value)
  const row = nest(leaf.path.slice(leaf.arrayAt + 1), value)
  return nest(leaf.path.slice(0, leaf.arrayAt + 1), [row])
}

const query = (entries: [string, string][]) =>
  entries.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')

export interface Targets {
  /** A stored document per collection: updated with bad values, must stay as it was. */
  ids: Record<string, number | string>
  /** A valid new document per collection, to which one bad value is added. */
  fixtures: Record<string, Record<string, unknown>>
}

/** Collections a client may not write to at all (Payload's own bookkeeping). */
const internal = (slug: string) => slug.startsWith('payload-')

export function restCases(config: SanitizedConfig, targets: Targets): RestCase[] {
  const cases: RestCase[] = []
  const badIds = [
    'abc',
    '1abc',
    '1.5',
    '-1',
    '1e3',
    'Infinity',
    '%20',
    '%00',
    '1%0A',
    '%E0%A4%A',
    '..%2F..%2Fetc',
    '9'.repeat(400),
  ]
  for (const collection of config.collections) {
    const slug = collection.slug
    // Preferences are addressed by their key (any text), not an id.
    for (const id of slug === 'payload-preferences' ? [] : badIds) {
      cases.push({
        kind: 'rest',
        name: `${slug}: read id "${id}"`,
        method: 'GET',
        path: `/${slug}/${id}`,
      })
      cases.push({
        kind: 'rest',
        name: `${slug}: update id "${id}"`,
        method: 'PATCH',
        path: `/${slug}/${id}`,
        body: {},
      })
      cases.push({
        kind: 'rest',
        name: `${slug}: delete id "${id}"`,
        method: 'DELETE',
        path: `/${slug}/${id}`,
      })
      cases.push({
        kind: 'rest',
        name: `${slug}: permissions for id "${id}"`,
        method: 'POST',
        path: `/${slug}/access/${id}`,
        body: {},
      })
      cases.push({
        kind: 'rest',
        name: `${slug}: duplicate id "${id}"`,
        method: 'POST',
        path: `/${slug}/${id}/duplicate`,
        body: {},
      })
      if (collection.versions) {
        cases.push({
          kind: 'rest',
          name: `${slug}: read version "${id}"`,
          method: 'GET',
          path: `/${slug}/versions/${id}`,
        })
        cases.push({
          kind: 'rest',
          name: `${slug}: restore version "${id}"`,
          method: 'POST',
          path: `/${slug}/versions/${id}`,
        })
      }
    }
    cases.push(
      { kind: 'rest', name: `${slug}: depth is a word`, method: 'GET', path: `/${slug}?depth=abc` },
      { kind: 'rest', name: `${slug}: negative limit`, method: 'GET', path: `/${slug}?limit=-5` },
      { kind: 'rest', name: `${slug}: page is a word`, method: 'GET', path: `/${slug}?page=abc` },
      { kind: 'rest', name: `${slug}: unknown sort`, method: 'GET', path: `/${slug}?sort=nope` },
      { kind: 'rest', name: `${slug}: unknown locale`, method: 'GET', path: `/${slug}?locale=xx` },
      {
        kind: 'rest',
        name: `${slug}: unknown filter field`,
        method: 'GET',
        path: `/${slug}?where[nope][equals]=1`,
      },
      {
        kind: 'rest',
        name: `${slug}: filter on id with a word`,
        method: 'GET',
        path: `/${slug}?${query([['where[id][equals]', 'abc']])}`,
      },
      {
        kind: 'rest',
        name: `${slug}: filter on id with a list of words`,
        method: 'GET',
        path: `/${slug}?${query([['where[id][in]', 'abc,def']])}`,
      },
    )
    const leaves = leavesOf(collection.fields)
    for (const leaf of leaves) {
      const dotted = leaf.path.join('.')
      const key = `where[${dotted}]`
      for (const { label, value } of badFilters(leaf.field)) {
        for (const op of ['equals', 'in', 'greater_than']) {
          if (op === 'greater_than' && !['number', 'date'].includes(leaf.field.type)) continue
          cases.push({
            kind: 'rest',
            name: `${slug}: filter ${dotted} ${op} ${label}`,
            method: 'GET',
            path: `/${slug}?${query([[`${key}[${op}]`, value]])}`,
          })
        }
      }
      if (collection.versions && badFilters(leaf.field).length) {
        const { label, value } = badFilters(leaf.field)[0]!
        cases.push({
          kind: 'rest',
          name: `${slug}: filter versions on ${dotted} ${label}`,
          method: 'GET',
          path: `/${slug}/versions?${query([[`where[version.${dotted}][equals]`, value]])}`,
        })
      }
      if (internal(slug) || serverOwned.has(leaf.path[0]!) || leaf.field.type === 'join') continue
      for (const { label, value } of badValues(leaf.field)) {
        const id = targets.ids[slug]
        const fixture = targets.fixtures[slug]
        if (fixture) {
          cases.push({
            kind: 'rest',
            name: `${slug}: create with ${dotted} ${label}`,
            method: 'POST',
            path: `/${slug}`,
            body: { ...fixture, ...dataFor(leaf, value) },
          })
        }
        if (id !== undefined) {
          cases.push({
            kind: 'rest',
            name: `${slug}: update ${dotted} with ${label}`,
            method: 'PATCH',
            path: `/${slug}/${id}`,
            body: dataFor(leaf, value),
          })
          if (collection.versions) {
            cases.push({
              kind: 'rest',
              name: `${slug}: save a draft with ${dotted} ${label}`,
              method: 'PATCH',
              path: `/${slug}/${id}?draft=true`,
              body: dataFor(leaf, value),
            })
          }
        }
      }
    }
    // Bodies that are not a document at all.
    const target = targets.ids[slug]
    const bodies: { label: string; raw: string; type?: string }[] = [
      { label: 'broken JSON', raw: '{"name": ' },
      { label: 'a JSON list', raw: '[1, 2, 3]' },
      { label: 'a JSON string', raw: '"hello"' },
      { label: 'JSON null', raw: 'null' },
      { label: 'nesting 10,000 deep', raw: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` },
      { label: 'a body of 12 MB', raw: JSON.stringify({ name: 'x'.repeat(12 * 1024 * 1024) }) },
      { label: 'text that is not JSON', raw: 'name=x', type: 'text/plain' },
    ]
    if (!internal(slug)) {
      for (const { label, raw, type } of bodies) {
        const headers = { 'Content-Type': type ?? 'application/json' }
        cases.push({
          kind: 'rest',
          name: `${slug}: create from ${label}`,
          method: 'POST',
          path: `/${slug}`,
          raw,
          headers,
        })
        if (target !== undefined) {
          cases.push({
            kind: 'rest',
            name: `${slug}: update from ${label}`,
            method: 'PATCH',
            path: `/${slug}/${target}`,
            raw,
            headers,
          })
        }
      }
    }
  }
  for (const global of config.globals) {
    for (const leaf of leavesOf(global.fields)) {
      if (serverOwned.has(leaf.path[0]!)) continue
      for (const { label, value } of badValues(leaf.field)) {
        cases.push({
          kind: 'rest',
          name: `global ${global.slug}: update ${leaf.path.join('.')} with ${label}`,
          method: 'POST',
          path: `/globals/${global.slug}`,
          body: dataFor(leaf, value),
        })
      }
    }
    cases.push({
      kind: 'rest',
      name: `global ${global.slug}: update from broken JSON`,
      method: 'POST',
      path: `/globals/${global.slug}`,
      raw: '{"x": ',
      headers: { 'Content-Type': 'application/json' },
    })
  }
  return cases
}

/** GraphQL's names for a collection (Payload's own rule: from the slug). */
export function graphqlNames(slug: string) {
  const { singular, plural } = formatNames(slug)
  return { singular, plural: singular === plural ? `all${singular}` : plural }
}

/** GraphQL spells time zones as enum names; the fixture leaves them to their defaults. */
const withoutTimeZones = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => !key.endsWith('_tz')))

export function graphqlCases(config: SanitizedConfig, targets: Targets): GraphqlCase[] {
  const cases: GraphqlCase[] = [
    { kind: 'graphql', name: 'graphql: broken JSON body', query: '', raw: '{"query": ' },
    { kind: 'graphql', name: 'graphql: no query', query: '', raw: '{}' },
    { kind: 'graphql', name: 'graphql: a query that does not parse', query: '{ nope(' },
    { kind: 'graphql', name: 'graphql: an unknown field', query: '{ nope }' },
    {
      kind: 'graphql',
      name: 'graphql: an expensive query (500 lists at once)',
      query: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Users { docs { id } }`).join(' ')} }`,
    },
  ]
  for (const collection of config.collections) {
    if (collection.graphQL === false || internal(collection.slug)) continue
    const { singular, plural } = graphqlNames(collection.slug)
    const slug = collection.slug
    for (const id of ['abc', '1.5', '-1', '\u0000']) {
      cases.push({
        kind: 'graphql',
        name: `graphql ${slug}: read id ${JSON.stringify(id)}`,
        query: `query ($id: String!) { ${singular}(id: $id) { id } }`,
        variables: { id },
      })
      cases.push({
        kind: 'graphql',
        name: `graphql ${slug}: delete id ${JSON.stringify(id)}`,
        query: `mutation ($id: String!) { delete${singular}(id: $id) { id } }`,
        variables: { id },
      })
    }
    for (const leaf of leavesOf(collection.fields)) {
      if (leaf.path.length > 1) continue
      const name = leaf.path[0]!
      for (const { label, value } of badFilters(leaf.field)) {
        cases.push({
          kind: 'graphql',
          name: `graphql ${slug}: filter ${name} ${label}`,
          query: `query ($where: ${singular}_where) { ${plural}(where: $where) { docs { id } } }`,
          variables: { where: { [name]: { equals: value } } },
        })
      }
      if (serverOwned.has(name) || leaf.field.type === 'join') continue
      const id = targets.ids[slug]
      for (const { label, value } of badValues(leaf.field)) {
        const fixture = targets.fixtures[slug]
        if (fixture) {
          cases.push({
            kind: 'graphql',
            name: `graphql ${slug}: create with ${name} ${label}`,
            query: `mutation ($data: mutation${singular}Input!) { create${singular}(data: $data) { id } }`,
            variables: { data: { ...withoutTimeZones(fixture), [name]: value } },
          })
        }
        if (id !== undefined) {
          cases.push({
            kind: 'graphql',
            name: `graphql ${slug}: update ${name} with ${label}`,
            query: `mutation ($data: mutation${singular}UpdateInput!) { update${singular}(id: ${JSON.stringify(id)}, data: $data) { id } }`,
            variables: { data: { [name]: value } },
          })
        }
      }
    }
  }
  return cases
}

const lexical = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [
          { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
        ],
      },
    ],
  },
})

/**
 * A stored document in every collection (the world's, an image and a letter) and a valid new
 * one, for the cases to spoil one field of.
 */
export async function prepareTargets(payload: Payload, w: World): Promise<Targets> {
  const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#2f7d5b' } })
    .png()
    .toBuffer()
  const image = await payload.create({
    collection: 'media',
    data: { alt: 'Et billede' },
    file: { data: png, mimetype: 'image/png', name: 'billede.png', size: png.length },
  })
  const letter = await payload.create({
    collection: 'welcome-letters',
    data: {
      quarter: '2031-Q1',
      greeting: lexical('Hej'),
      signatureName: 'B',
      signatureTitle: 'B',
    } as never,
  })
  // The newcomers' collections: the public writes to them only through the forms' endpoints
  // (no fixture to create through the API); staff update what is stored.
  const ambassador = await payload.create({
    collection: 'ambassadors',
    data: { name: 'Ambassadør' },
  })
  const visit = await payload.create({
    collection: 'visit-requests',
    data: { name: 'Anmoder', email: 'anmoder@test.dk', consent: true, status: 'new' },
    context: { seed: true },
  })
  const survey = await payload.create({ collection: 'survey-answers', data: {} })
  const attempt = await payload.create({
    collection: 'form-attempts',
    data: { form: 'survey', key: 'malformed' },
  })
  // Ticket uptake: records staff make, and the desk made with every offer.
  const handedOut = {
    offer: w.publishedOffer.id,
    count: 1,
    // A day within the fixture offer's quarter that has passed (today would leave it in time).
    handedOutOn: quarterBounds(valid.ticketOffer().quarter).firstDay,
    source: 'staff' as const,
  }
  const redemption = await payload.create({ collection: 'ticket-redemptions', data: handedOut })
  const desk = (
    await payload.find({
      collection: 'ticket-desks',
      where: { offer: { equals: w.publishedOffer.id } },
      limit: 1,
    })
  ).docs[0]
  if (!desk) throw new Error('the published offer has no ticket desk')
  const story = await payload.create({
    collection: 'stories',
    data: { ...valid.story(w.ownAssociation.id, 1), _status: 'published' },
  })
  return {
    ids: {
      ambassadors: ambassador.id,
      'visit-requests': visit.id,
      'survey-answers': survey.id,
      'form-attempts': attempt.id,
      'ticket-redemptions': redemption.id,
      'ticket-desks': desk.id,
      associations: w.ownAssociation.id,
      events: w.ownEvent.id,
      venues: w.publishedVenue.id,
      communities: w.community.id,
      categories: w.category.id,
      'ticket-offers': w.publishedOffer.id,
      pages: w.publishedPage.id,
      media: image.id,
      'welcome-letters': letter.id,
      stories: story.id,
      users: w.otherEditor.id,
    },
    fixtures: {
      ambassadors: { name: 'Ny ambassadør' },
      'ticket-redemptions': handedOut,
      associations: valid.association(900),
      events: valid.event(w.ownAssociation.id, 900),
      venues: valid.venue(900),
      communities: valid.community(900),
      categories: valid.category(900),
      'ticket-offers': valid.ticketOffer(900),
      pages: valid.page(900),
      'welcome-letters': {
        quarter: '2032-Q1',
        greeting: lexical('Hej'),
        signatureName: 'B',
        signatureTitle: 'B',
      },
      stories: valid.story(w.ownAssociation.id, 900),
      users: { email: 'ny@test.dk', password: 'ny-adgangskode-1', role: 'association-editor' },
    },
  }
}
