/**
 * Finds which of many keywords occur in a text, ignoring ASCII case, in one pass: an Aho-Corasick
 * automaton compiled to a dense table. This pre-filter decides which rules' patterns run on a file,
 * so it sees every byte scanned; measured on 9 MB of JavaScript, one V8 RegExp alternation of the
 * ~180 built-in keywords ran at 32 MB/s and `includes` per keyword at 10 MB/s. It also gives where
 * each keyword occurs, so anchored rules run only there. Keywords are ASCII; other characters only
 * reset the match.
 */
export class KeywordSet {
  readonly keywords: readonly string[]
  /** next = table[state + class(char)], states stored pre-multiplied by ALPHABET. */
  private readonly table: Int32Array
  /** Per state (divided by ALPHABET): the keyword indexes ending there (its own and its suffixes'). */
  private readonly outputs: (number[] | undefined)[]
  /** 1 where outputs has an entry: a typed check in the hot loop, not a sparse array read. */
  private readonly terminal: Uint8Array

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))]
    for (const keyword of this.keywords)
      if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword "${keyword}" is not printable ASCII`)

    // The trie, then failure links breadth-first, then the dense table (goto + failure folded).
    const children: Map<number, number>[] = [new Map()]
    const outputs: (number[] | undefined)[] = [undefined]
    this.keywords.forEach((keyword, index) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const code = keyword.charCodeAt(i)
        let next = children[state]!.get(code)
        if (next === undefined) {
          next = children.length
          children.push(new Map())
          outputs.push(undefined)
          children[state]!.set(code, next)
        }
        state = next
      }
      ;(outputs[state] ??= []).push(index)
    })
    const table = new Int32Array(children.length * ALPHABET)
    const failure = new Int32Array(children.length)
    const queue: number[] = []
    for (const [code, child] of children[0]!) {
      table[code] = child * ALPHABET
      queue.push(child)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      const fail = failure[state]!
      if (outputs[fail]) outputs[state] = [...(outputs[state] ?? []), ...outputs[fail]!]
      for (let code = 0; code < ALPHABET; code++) {
        const child = children[state]!.get(code)
        if (child === undefined) table[state * ALPHABET + code] = table[fail * ALPHABET + code]!
        else {
          table[state * ALPHABET + code] = child * ALPHABET
          failure[child] = table[fail * ALPHABET + code]! >> SHIFT
          queue.push(child)
        }
      }
    }
    this.table = table
    this.outputs = outputs
    this.terminal = Uint8Array.from(outputs, (o) => (o ? 1 : 0))
  }

  /**
   * Every occurrence of every keyword in `text`, in any ASCII case: for each keyword (by index
   * into `keywords`), the offsets where it starts, ascending; keywords absent have no entry.
   * `ascii`, when given, is the text's bytes and all ASCII (offsets then agree): walking bytes is
   * about half again as fast as walking UTF-16 code units.
   */
  scan(text: string, ascii?: Uint8Array): Map<number, number[]> {
    const hits = new Map<number, number[]>()
    const { table, terminal } = this
    const record = (end: number, state: number) => {
      for (const index of this.outputs[state >> SHIFT]!) {
        const start = end + 1 - this.keywords[index]!.length
        const list = hits.get(index)
        if (list) list.push(start)
        else hits.set(index, [start])
      }
    }
    let state = 0
    if (ascii) {
      for (let i = 0; i < ascii.length; i++) {
        state = table[state + FOLD[ascii[i]!]!]!
        if (terminal[state >> SHIFT] === 1) record(i, state)
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        state = table[state + (code < 256 ? FOLD[code]! : 0)]!
        if (terminal[state >> SHIFT] === 1) record(i, state)
      }
    }
    return hits
  }
}

const SHIFT = 7
const ALPHABET = 1 << SHIFT
/** Character classes: ASCII upper case folds to lower, anything past ASCII to 0, which no keyword contains. */
const FOLD = Uint8Array.from({ length: 256 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c < ALPHABET ? c : 0))
