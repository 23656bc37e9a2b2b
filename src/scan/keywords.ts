/**
 * Finds which of many keywords occur in a text, ignoring ASCII case, in one pass: an Aho-Corasick
 * automaton compiled to a dense table. This pre-filter decides which rules' patterns run on a file,
 * so it sees every byte scanned; measured on 9 MB of JavaScript, one V8 RegExp alternation of the
 * ~180 built-in keywords ran at 32 MB/s and `includes` per keyword at 10 MB/s; this, 150 MB/s. It also gives where
 * each keyword occurs, so anchored rules run only there. Keywords are ASCII; other characters only
 * reset the match.
 */
export class KeywordSet {
  readonly keywords: readonly string[]
  /**
   * next = table[state + classes[char]], states stored pre-multiplied by the row width. Only the
   * characters keywords use get a class of their own (upper case shares lower case's; all others
   * share class 0): about 50 columns instead of 128. A row width is even, so bit 0 of an entry is
   * free: it is set when the state ends a keyword, which spares the hot loop a second lookup.
   */
  private readonly table: Int32Array
  private readonly classes: Uint8Array
  private readonly shift: number
  /** Per state: the keyword indexes ending there (its own and its suffixes'). */
  private readonly outputs: (number[] | undefined)[]

  constructor(keywords: Iterable<string>) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))]
    for (const keyword of this.keywords)
      if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword "${keyword}" is not printable ASCII`)

    const classes = new Uint8Array(256)
    let count = 1
    for (const keyword of this.keywords)
      for (const char of keyword) {
        const code = char.charCodeAt(0)
        if (classes[code] === 0) {
          classes[code] = count
          if (code >= 97 && code <= 122) classes[code - 32] = count
          count++
        }
      }
    const shift = Math.max(1, Math.ceil(Math.log2(count)))
    const width = 1 << shift

    // The trie, then failure links breadth-first, then the dense table (goto + failure folded).
    const children: Map<number, number>[] = [new Map()]
    const outputs: (number[] | undefined)[] = [undefined]
    this.keywords.forEach((keyword, index) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const code = classes[keyword.charCodeAt(i)]!
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
    const table = new Int32Array(children.length * width)
    const failure = new Int32Array(children.length)
    const queue: number[] = []
    for (const [code, child] of children[0]!) {
      table[code] = child * width
      queue.push(child)
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      const fail = failure[state]!
      if (outputs[fail]) outputs[state] = [...(outputs[state] ?? []), ...outputs[fail]!]
      for (let code = 0; code < width; code++) {
        const child = children[state]!.get(code)
        if (child === undefined) table[state * width + code] = table[fail * width + code]!
        else {
          table[state * width + code] = child * width
          failure[child] = table[fail * width + code]! >> shift
          queue.push(child)
        }
      }
    }
    // Outputs are complete only now (a state inherits its failure state's), so the marks go last.
    for (let i = 0; i < table.length; i++) if (outputs[table[i]! >> shift]) table[i] = table[i]! | TERMINAL
    this.table = table
    this.classes = classes
    this.shift = shift
    this.outputs = outputs
  }

  /**
   * Every occurrence of every keyword in `text`, in any ASCII case: for each keyword (by index
   * into `keywords`), the offsets where it starts, ascending; keywords absent have no entry.
   * `ascii`, when given, is the text's bytes and all ASCII (offsets then agree): walking bytes is
   * about half again as fast as walking UTF-16 code units.
   */
  scan(text: string, ascii?: Uint8Array): Map<number, number[]> {
    // Two loops, each monomorphic in what it reads; ends of matches are collected first and
    // sorted out after, so the hot loops do nothing but walk the table.
    const ends = ascii ? this.#walkBytes(ascii) : this.#walkText(text)
    const hits = new Map<number, number[]>()
    for (let n = 0; n < ends.length; n += 2) {
      const end = ends[n]!
      for (const index of this.outputs[ends[n + 1]!]!) {
        const start = end + 1 - this.keywords[index]!.length
        const list = hits.get(index)
        if (list) list.push(start)
        else hits.set(index, [start])
      }
    }
    return hits
  }

  /** [end offset, state] of every terminal state reached, walking bytes. */
  #walkBytes(bytes: Uint8Array): number[] {
    const { table, classes, shift } = this
    const ends: number[] = []
    let state = 0
    for (let i = 0; i < bytes.length; i++) {
      state = table[state + classes[bytes[i]!]!]!
      if ((state & TERMINAL) !== 0) {
        state ^= TERMINAL
        ends.push(i, state >> shift)
      }
    }
    return ends
  }

  /** The same, walking UTF-16 code units. */
  #walkText(text: string): number[] {
    const { table, classes, shift } = this
    const ends: number[] = []
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      state = table[state + (code < 256 ? classes[code]! : 0)]!
      if ((state & TERMINAL) !== 0) {
        state ^= TERMINAL
        ends.push(i, state >> shift)
      }
    }
    return ends
  }
}

/** The mark on a table entry whose state ends a keyword (see `table`). */
const TERMINAL = 1
