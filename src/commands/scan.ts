import type { Finding } from '../findings/finding.ts'
import type { Policy } from '../findings/policy.ts'
import { buildReport, type Report } from '../findings/report.ts'
import { joinBase } from '../integrity/names.ts'
import { givenPaths, resolveRoot } from '../integrity/root.ts'
import { walkTree } from '../integrity/walk.ts'
import { RuleSet } from '../scan/engine.ts'
import { BATCH_FILES, ScanPool, type Batch } from '../scan/pool.ts'
import { BUILTIN_SCAN_RULES, SCAN_RULES } from '../scan/rules.ts'
import { WORKFLOW_RULES } from '../scan/workflow.ts'
import { emptyCounts, scanFile } from '../scan/scan-file.ts'
import { loadScanRules, type JsonAllowlist } from '../scan/user-rules.ts'

export interface ScanCommandOptions {
  cwd: string
  paths: string[]
  root?: string
  include: string[]
  exclude: string[]
  defaultExcludes: boolean
  gitignore: boolean
  /** Rules files: chainseal JSON or gitleaks TOML. */
  rules: string[]
  /** Paths not scanned and values not reported, from the configuration (as a rules file's). */
  allowlist?: JsonAllowlist
  /** Files larger than this are skipped and counted (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number
  policy: Policy
  threads?: number
}

export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024
/** Below this many files, starting workers (and compiling the rules in each) costs more than it saves. */
const POOL_THRESHOLD = 256

/** `chainseal scan --list-rules`: every rule the scan would run, with the rules files named applied. */
export function listScanRules(cwd: string, rulesFiles: readonly string[]): string {
  const { rules } = loadScanRules(cwd, rulesFiles, BUILTIN_SCAN_RULES)
  const all = [...rules, ...Object.values(WORKFLOW_RULES), ...Object.values(SCAN_RULES)]
  return all.map((rule) => `${rule.id.padEnd(40)} ${rule.severity.padEnd(8)} ${rule.description}`).join('\n') + `\n${all.length} rules\n`
}

/** `chainseal scan`: secrets, injection and workflow findings in the files under the given paths. */
export async function scanCommand(options: ScanCommandOptions): Promise<Report> {
  const root = resolveRoot(options.cwd, options.root)
  const rels = givenPaths(root, options.cwd, options.paths, options.root, 'scanned')
  // Compiled here first (workers compile their own), so a bad pattern fails before any file is read.
  const { config, rules, allowlist } = loadScanRules(options.cwd, options.rules, BUILTIN_SCAN_RULES, options.allowlist)
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE

  const walk = walkTree(root, rels, { include: options.include, exclude: options.exclude, excludeFiles: [], defaultExcludes: options.defaultExcludes, gitignore: options.gitignore })
  let allowlisted = 0
  let notRegular = 0
  // Files go to workers while the walk goes on, once there are enough to repay starting them;
  // the order files are scanned in does not matter, as the report sorts the findings.
  let files: Batch = []
  let pool: ScanPool | undefined
  let batches = 0
  for (const entry of walk.entries) {
    if (entry.kind !== 'file') notRegular++
    else if (allowlist.paths.some((allowed) => allowed(entry.path.path))) allowlisted++
    else files.push({ file: joinBase(root + '/', entry.rel), path: entry.path.path })
    if (!pool && files.length >= POOL_THRESHOLD && options.threads !== 1) pool = new ScanPool({ config, maxBytes: maxFileSize }, options.threads)
    if (pool && files.length >= BATCH_FILES) {
      pool.add(files)
      files = []
      // Let worker messages in now and then, so they get their next batch while this walks.
      if (++batches % 16 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
  }

  const findings: Finding[] = [...walk.findings]
  let counts = emptyCounts()
  if (pool) {
    if (files.length) pool.add(files)
    await pool.finish()
    findings.push(...pool.findings)
    counts = pool.counts
  } else {
    const ruleSet = new RuleSet(rules, allowlist)
    for (const { file, path } of files) findings.push(...scanFile(ruleSet, file, path, maxFileSize, counts))
  }
  return buildReport('scan', findings, options.policy, {
    files: counts.files,
    bytes: counts.bytes,
    rules: rules.length,
    skippedBinary: counts.skippedBinary,
    skippedLarge: counts.skippedLarge,
    skippedAllowlisted: allowlisted,
    skippedNotRegular: notRegular,
  })
}
