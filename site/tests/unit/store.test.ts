import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { GenerationStore } from '../../server/generations'
import { FileWriter, FolderStore } from '../../src/build/store'

const root = mkdtempSync(path.join(os.tmpdir(), 'velkomst-store-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const bytes = (text: string) => new TextEncoder().encode(text)
const text = (file: string) => readFileSync(file, 'utf8')

describe('FileWriter (the thread that writes a build)', () => {
  it('does writes and removals in the order asked, making folders as needed', async () => {
    const writer = new FileWriter()
    const dir = path.join(root, 'order')
    await writer.write(path.join(dir, 'a/b/index.html'), bytes('one'))
    await writer.write(path.join(dir, 'a/b/index.html'), bytes('two'))
    await writer.write(path.join(dir, 'gone.txt'), bytes('x'))
    await writer.remove(path.join(dir, 'gone.txt'))
    await writer.remove(path.join(dir, 'back.txt'))
    await writer.write(path.join(dir, 'back.txt'), bytes('back'))
    await writer.flush()
    expect(text(path.join(dir, 'a/b/index.html'))).toBe('two')
    expect(existsSync(path.join(dir, 'gone.txt'))).toBe(false)
    expect(text(path.join(dir, 'back.txt'))).toBe('back')
  })

  it("keeps the caller's bytes: they can be reused, and a view writes only itself", async () => {
    const writer = new FileWriter()
    const dir = path.join(root, 'copies')
    const page = bytes('first')
    await writer.write(path.join(dir, 'page.html'), page)
    page.set(bytes('again'))
    const pool = Buffer.from('..view..')
    await writer.write(path.join(dir, 'view.txt'), pool.subarray(2, 6))
    await writer.flush()
    expect(text(path.join(dir, 'page.html'))).toBe('first')
    expect(new TextDecoder().decode(page)).toBe('again')
    expect(text(path.join(dir, 'view.txt'))).toBe('view')
  })

  it('holds a writer back while too many bytes are on their way, and writes them all', async () => {
    const writer = new FileWriter(64 * 1024)
    const dir = path.join(root, 'limit')
    const page = new Uint8Array(16 * 1024).fill(65)
    let waited = 0
    for (let i = 0; i < 200; i++) {
      const write = writer.write(path.join(dir, `p${i}/index.html`), page)
      let settled = false
      void write.then(() => (settled = true))
      await Promise.resolve()
      if (!settled) waited++
      await write
    }
    await writer.flush()
    expect(waited).toBeGreaterThan(0)
    for (let i = 0; i < 200; i++) {
      expect(readFileSync(path.join(dir, `p${i}/index.html`)).byteLength).toBe(page.byteLength)
    }
  })

  it('reports a failed write once, with the reason, and goes on working after it', async () => {
    const writer = new FileWriter()
    const dir = path.join(root, 'failure')
    await writer.write(path.join(dir, 'file'), bytes('a file'))
    await writer.flush()
    // A folder cannot be made where a file is.
    await writer.write(path.join(dir, 'file/index.html'), bytes('x'))
    await expect(writer.flush()).rejects.toThrow(
      /Could not write the site's files: .*(EEXIST|ENOTDIR)/,
    )
    await writer.write(path.join(dir, 'after.txt'), bytes('after'))
    await expect(writer.flush()).resolves.toBeUndefined()
    expect(text(path.join(dir, 'after.txt'))).toBe('after')
    expect(text(path.join(dir, 'file'))).toBe('a file')
  })

  it('makes a folder again when it was removed behind its back', async () => {
    const writer = new FileWriter()
    const dir = path.join(root, 'again')
    await writer.write(path.join(dir, 'x/index.html'), bytes('1'))
    await writer.flush()
    rmSync(path.join(dir, 'x'), { recursive: true })
    await writer.write(path.join(dir, 'x/index.html'), bytes('2'))
    await writer.flush()
    expect(text(path.join(dir, 'x/index.html'))).toBe('2')
  })
})

describe('stores read what they were just asked to write', () => {
  it('FolderStore', async () => {
    const store = new FolderStore(path.join(root, 'folder'))
    await store.write('a/index.html', bytes('fresh'))
    expect(new TextDecoder().decode(await store.read('a/index.html'))).toBe('fresh')
  })

  it('GenerationStore, and removes only files of its own generation', async () => {
    const builds = path.join(root, 'builds')
    const first = new GenerationStore(builds, null)
    await first.write('kept.html', bytes('from the first'))
    const { manifest } = await first.commit()
    const next = new GenerationStore(builds, manifest)
    await next.write('new.html', bytes('new'))
    expect(new TextDecoder().decode(await next.read('new.html'))).toBe('new')
    await next.remove('new.html')
    await next.remove('kept.html')
    await next.flush()
    expect(existsSync(path.join(next.dir, 'new.html'))).toBe(false)
    // The first generation's file is not this generation's to delete.
    expect(text(path.join(first.dir, 'kept.html'))).toBe('from the first')
  })
})
