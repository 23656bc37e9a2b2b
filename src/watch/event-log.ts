import { createHash } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs'
import { ChainsealError, osReason } from '../errors.ts'

/** One line of the event log, as written (before the chain fields are added). */
export interface LogEvent {
  kind: string
  path?: string
  [detail: string]: unknown
}

export interface LogRecord extends LogEvent {
  seq: number
  time: string
  /** The hash of the record before; 64 zeros for the first. */
  prev: string
  hash: string
}

const GENESIS = '0'.repeat(64)
/** `{"hash":"<64 hex>",` then the rest of the record: what the hash covers is the text after it. */
const LINE = /^\{"hash":"([0-9a-f]{64})",(.*)\}$/

/**
 * An append-only, hash-chained log of JSON lines: each record carries the hash of the one before,
 * and its own hash covers its exact text (so no canonical form is needed to check it). Editing,
 * deleting or reordering a line breaks the chain from there on; `verifyLog` says where.
 * Each record is one write(2) of one line with O_APPEND, so lines from one writer never interleave.
 */
export class EventLog {
  readonly #fd: number | undefined
  readonly #echo: ((line: string) => void) | undefined
  #prev: string
  #seq: number

  /** `file` is appended to (continuing its chain); without one, lines only go to `echo`. Messages call it `name`. */
  constructor(file: string | undefined, echo?: (line: string) => void, name = file) {
    this.#echo = echo
    this.#prev = GENESIS
    this.#seq = 0
    if (file === undefined) return
    let existing = ''
    try {
      existing = readFileSync(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new ChainsealError('input', `cannot read event log ${name}: ${osReason(error)}`, { cause: error })
    }
    const last = existing.trimEnd().split('\n').pop()
    if (last) {
      const match = LINE.exec(last)
      if (!match) throw new ChainsealError('input', `event log ${name} does not end with a chainseal record; check it with chainseal log verify, or log to a new file`)
      const record = JSON.parse(last) as LogRecord
      this.#prev = match[1]!
      this.#seq = record.seq
    }
    try {
      this.#fd = openSync(file, 'a', 0o600)
    } catch (error) {
      throw new ChainsealError('input', `cannot open event log ${name}: ${osReason(error)}`, { cause: error })
    }
  }

  append(event: LogEvent): void {
    const body = JSON.stringify({ seq: this.#seq + 1, time: new Date().toISOString(), ...event, prev: this.#prev })
    const hash = recordHash(body)
    const line = `{"hash":"${hash}",${body.slice(1)}\n`
    if (this.#fd !== undefined) writeSync(this.#fd, line)
    this.#echo?.(line)
    this.#seq++
    this.#prev = hash
  }

  close(): void {
    if (this.#fd === undefined) return
    fsyncSync(this.#fd)
    closeSync(this.#fd)
  }
}

/** What a record's hash covers: its exact text after the hash field. Writer and verifier share it. */
function recordHash(body: string): string {
  return createHash('sha256').update(body).digest('hex')
}

export interface ChainBreak {
  line: number
  reason: string
}

/** Checks every line and the links between them: the records, and every break found. */
export function verifyLog(text: string): { records: LogRecord[]; breaks: ChainBreak[] } {
  const records: LogRecord[] = []
  const breaks: ChainBreak[] = []
  let prev = GENESIS
  let seq = 0
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  lines.forEach((line, index) => {
    const at = index + 1
    const match = LINE.exec(line)
    if (!match) return void breaks.push({ line: at, reason: 'is not a chainseal log record' })
    const body = `{${match[2]}}`
    let record: LogRecord
    try {
      record = { ...(JSON.parse(body) as LogRecord), hash: match[1]! }
    } catch {
      return void breaks.push({ line: at, reason: 'is not valid JSON' })
    }
    if (recordHash(body) !== record.hash) breaks.push({ line: at, reason: 'was edited: its hash does not match its content' })
    else if (record.prev !== prev) breaks.push({ line: at, reason: `does not follow the line before it (a line was deleted, inserted or moved)` })
    else if (record.seq !== seq + 1) breaks.push({ line: at, reason: `has sequence ${record.seq}, expected ${seq + 1}` })
    records.push(record)
    prev = record.hash
    seq = record.seq
  })
  return { records, breaks }
}
