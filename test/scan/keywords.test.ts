import { describe, expect, it } from 'vitest'
import { KeywordSet } from '../../src/scan/keywords.ts'

/** Every start of every keyword, found the slow way: the oracle. */
function naive(keywords: readonly string[], text: string): Map<number, number[]> {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase())
  const hits = new Map<number, number[]>()
  keywords.forEach((keyword, index) => {
    for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) {
      const list = hits.get(index)
      if (list) list.push(at)
      else hits.set(index, [at])
    }
  })
  return hits
}

describe('KeywordSet', () => {
  // Keywords inside keywords, sharing prefixes and suffixes: a match that only a failure link
  // reaches ("he" inside "she", "aa" inside "aaa") is the case a table can get wrong.
  const keywords = ['he', 'she', 'his', 'hers', 'aa', 'aaa', 'ghp_', 'token', 'to', 'password=']
  const set = new KeywordSet(keywords)

  it('finds every occurrence of every keyword, in any ASCII case, overlapping or not', () => {
    const text = 'ushers SHE said: aaaa his TOKEN=to ghp_x Password=1 hehe'
    const hits = set.scan(text, Buffer.from(text))
    expect(hits).toEqual(naive(set.keywords, text))
    expect(hits.get(set.keywords.indexOf('he'))).toEqual([2, 8, 52, 54])
    expect(hits.get(set.keywords.indexOf('aa'))).toEqual([17, 18, 19])
  })

  it('agrees with the slow way on random text, walking bytes and walking UTF-16 alike', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) / 65536
    const alphabet = 'aAhHeEsSrRiItToOkKnNgGpP_=d w'
    for (let round = 0; round < 200; round++) {
      let text = ''
      for (let i = 0; i < 200; i++) text += alphabet[Math.floor(random() * alphabet.length)]
      expect(set.scan(text, Buffer.from(text))).toEqual(naive(set.keywords, text))
      // A character outside ASCII sends the scan down the UTF-16 path, and resets a match.
      const wide = text.slice(0, 100) + 'é' + text.slice(100)
      expect(set.scan(wide)).toEqual(naive(set.keywords, wide))
    }
  })

  it('finds keywords at the very start and the very end, and nothing in text without them', () => {
    expect(set.scan('tokenhe', Buffer.from('tokenhe'))).toEqual(new Map([[set.keywords.indexOf('to'), [0]], [set.keywords.indexOf('token'), [0]], [set.keywords.indexOf('he'), [5]]]))
    expect(set.scan('xyz 123', Buffer.from('xyz 123')).size).toBe(0)
  })
})
