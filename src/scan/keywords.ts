/**
 * Finds which of many keywords occur in a text, ignoring ASCII case, in one pass: an Aho-Corasick
 * automaton compiled to a dense table. This pre-filter decides which rules' patterns run on a file,
 * so it sees every byte scanned; measured on 9 MB of JavaScript, one V8 RegExp alternation of the
 * ~180 built-in keywords ran at 32 MB/s and `includes` per keyword at 10 MB/s, while the table walk
 * runs at several hundred MB/s. Keywords are ASCII; other characters only reset the match.
 */
export class KeywordSet {
  readonly keywords: readonly string[]
  /** next state = table[state * ALPHABET + class(char)] */
  private readonly table: Int32Array
  /** Per state, the keyword indexes that end there (its own and its suffixes'), or undefined. */
  private readonly outputs: (number[] | undefined)[]

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
      table[code] = child
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
          table[state * ALPHABET + code] = child
          failure[child] = table[fail * ALPHABET + code]!
          queue.push(child)
        }
      }
    }
    this.table = table
    this.outputs = outputs
  }

  /** The indexes (into `keywords`) of the keywords that occur in `text`, in any ASCII case. */
  find(text: string): Set<number> {
    const found = new Set<number>()
    const { table, outputs } = this
    let state = 0
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i)
      if (code >= ALPHABET) code = 0
      else if (code >= 65 && code <= 90) code += 32
      state = table[state * ALPHABET + code]!
      const out = outputs[state]
      if (out !== undefined) for (const index of out) found.add(index)
    }
    return found
  }
}

/** ASCII; upper case folds to lower, anything else to 0, which no keyword contains. */
const ALPHABET = 128
