/** A scan worker: compiles the rules once, then scans batches of files and sends back findings. */
import { parentPort, workerData } from 'node:worker_threads'
import { RuleSet } from './engine.ts'
import { BUILTIN_SCAN_RULES } from './rules.ts'
import { emptyCounts, scanFile } from './scan-file.ts'
import type { ScanRequest, ScanResponse, ScanWorkerData } from './scan-protocol.ts'
import { compileRules } from './compile-rules.ts'

const { config, maxBytes } = workerData as ScanWorkerData
const { rules, allowlist } = compileRules(config, BUILTIN_SCAN_RULES)
const ruleSet = new RuleSet(rules, allowlist)

parentPort!.on('message', ({ id, files }: ScanRequest) => {
  const counts = emptyCounts()
  const findings = files.flatMap(({ file, path }) => scanFile(ruleSet, file, path, maxBytes, counts))
  parentPort!.postMessage({ id, findings, counts } satisfies ScanResponse)
})
