import { BlockList, isIP } from 'node:net'

/** `::ffff:192.0.2.1` is 192.0.2.1; a port or brackets a proxy added are not part of it. */
export function normalizeAddress(value: string): string | null {
  let v = value.trim().replace(/^"|"$/g, '')
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(v)
  if (bracketed) v = bracketed[1]!
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(v)
  if (mapped) v = mapped[1]!
  return isIP(v) ? v.toLowerCase() : null
}

function blockListOf(trusted: readonly string[]): BlockList {
  const list = new BlockList()
  for (const entry of trusted) {
    const [address = '', prefix] = entry.split('/')
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (prefix === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(prefix), type)
  }
  return list
}

const cache = new Map<string, BlockList>()

/**
 * The sender's address, for counting their submissions. Next's server (`next start`) puts the
 * connecting address into X-Forwarded-For only when the request has no such header, so the
 * header is all an endpoint sees. Entries are read from the right (the hop nearest to us): a
 * configured proxy's entries are skipped, and the first other address is the sender. A client
 * can write anything on the left of the header, which is why the leftmost entry is never
 * believed; with no proxy configured, the rightmost entry is used.
 */
export function clientAddress(headers: Headers, trusted: readonly string[]): string {
  const key = trusted.join(',')
  let list = cache.get(key)
  if (!list) cache.set(key, (list = blockListOf(trusted)))
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map(normalizeAddress)
    .filter((a): a is string => a !== null)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!
    if (!list.check(hop, isIP(hop) === 6 ? 'ipv6' : 'ipv4')) return hop
  }
  return hops[0] ?? 'unknown'
}
