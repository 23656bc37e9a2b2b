import { resolve } from 'node:path'
import { createFinding } from '../findings/finding.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { readInputText } from '../io/read-input.ts'
import { verifyLog } from '../watch/event-log.ts'
import { LOG_RULES } from '../watch/rules.ts'

export interface LogCommandOptions {
  cwd: string
  file: string
  /** `log summary`: only records at or after this time. */
  since?: Date
  /** A record hash the log printed as its head before: it must still be in the chain. */
  head?: string
  policy: Policy
}

/** How many paths the summary names. */
const TOP_PATHS = 10

/**
 * `chainseal log verify|summary`: checks a watch's event log, record by record and link by link;
 * the summary also counts its events by kind and by path. Either fails on a broken chain.
 */
export function logCommand(action: 'verify' | 'summary', options: LogCommandOptions): Report {
  const text = readInputText(resolve(options.cwd, options.file), `event log ${options.file}`)
  const { records, breaks } = verifyLog(text)
  const findings = breaks.map((b) => createFinding(LOG_RULES.chainBroken, { message: `line ${b.line} ${b.reason}`, location: { path: options.file, line: b.line }, identity: [String(b.line), b.reason] }))
  // The chain shows a record cut from the start (the first must follow the genesis); only an
  // empty file would otherwise pass, having nothing to break.
  if (records.length === 0 && breaks.length === 0)
    findings.push(createFinding(LOG_RULES.empty, { message: 'the log holds no records; a watch writes its start record at once, so this log was never written by one or was emptied', location: { path: options.file } }))
  // A shorter chain is still a valid chain: only a head kept elsewhere shows records cut from the end.
  if (options.head !== undefined && !records.some((r) => r.hash === options.head))
    findings.push(
      createFinding(LOG_RULES.headMissing, {
        message: `record ${options.head.slice(0, 16)}… is not in the log (its head is now ${records.length ? `${records.at(-1)!.hash.slice(0, 16)}…` : 'no record'}): records were cut from its end, or this is another log`,
        location: { path: options.file },
      }),
    )
  const stats: Record<string, string | number> = { records: records.length }
  if (records.length) stats.head = records.at(-1)!.hash
  if (action === 'verify') return buildReport('log verify', findings, options.policy, stats)

  const since = options.since
  const chosen = since ? records.filter((r) => Date.parse(r.time) >= since.getTime()) : records
  if (since) stats.since = since.toISOString()
  stats.events = chosen.length
  const byKind = new Map<string, number>()
  const byPath = new Map<string, number>()
  for (const record of chosen) {
    byKind.set(record.kind, (byKind.get(record.kind) ?? 0) + 1)
    if (record.path !== undefined) byPath.set(record.path, (byPath.get(record.path) ?? 0) + 1)
  }
  for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) stats[kind] = count
  const top = [...byPath].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_PATHS)
  if (top.length) stats.paths = top.map(([path, count]) => `${path} (${count})`).join(', ')
  return buildReport('log summary', findings, options.policy, stats)
}

