import { describe, expect, it } from 'vitest'
import { comparePaths, encodePath, pathBytes, unsafePathReason } from '../../src/integrity/names.ts'

describe('encodePath', () => {
  it('keeps a UTF-8 name as itself, NFC and NFD apart', () => {
    const nfc = Buffer.from('caf\u00e9', 'utf8')
    const nfd = Buffer.from('cafe\u0301', 'utf8')
    expect(encodePath(nfc)).toEqual({ path: 'café' })
    expect(encodePath(nfd).path).toBe('cafe\u0301')
    expect(encodePath(nfc).path).not.toBe(encodePath(nfd).path)
  })

  it('keeps the exact bytes of a name that is not UTF-8, so two such names stay two', () => {
    const a = Buffer.from([0x61, 0xff, 0x62])
    const b = Buffer.from([0x61, 0xfe, 0x62])
    const ea = encodePath(a)
    const eb = encodePath(b)
    expect(ea.path).toBe(eb.path) // both show as a\uFFFDb to people
    expect(pathBytes(ea)).toEqual(a)
    expect(pathBytes(eb)).toEqual(b)
    expect(comparePaths(ea, eb)).toBeGreaterThan(0)
  })
})

describe('comparePaths', () => {
  it('orders like the bytes do, where UTF-16 order would not', () => {
    const names = ['a', 'a-b', 'a.txt', 'a/x', 'Z', '\u{1F600}', '\uFF21', '\u00e9', 'ab']
    const byBytes = [...names].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)))
    const byPaths = [...names].sort((x, y) => comparePaths({ path: x }, { path: y }))
    expect(byPaths).toEqual(byBytes)
    // The case UTF-16 gets wrong: a surrogate pair (U+1F600) against U+FF21.
    expect(comparePaths({ path: '\u{1F600}' }, { path: '\uFF21' })).toBeGreaterThan(0)
    expect('\u{1F600}' < '\uFF21').toBe(true)
  })
})

describe('unsafePathReason', () => {
  it.each([
    ['/etc/passwd', 'is absolute'],
    ['../escape', 'holds a ".." segment'],
    ['a/../../b', 'holds a ".." segment'],
    ['a\u0000b', 'holds a NUL byte'],
    ['', 'is empty'],
    ['./a', 'is not in canonical form (empty or "." segment)'],
    ['a//b', 'is not in canonical form (empty or "." segment)'],
  ])('rejects %j: %s', (path, reason) => {
    expect(unsafePathReason(path)).toBe(reason)
    expect(unsafePathReason(Buffer.from(path))).toBe(reason)
  })

  it.each(['a', 'a/b/c', '.hidden', 'a..b', '...', 'sp ace/new\nline'])('accepts %j', (path) => {
    expect(unsafePathReason(path)).toBeUndefined()
  })
})
