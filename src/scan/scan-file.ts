import { createFinding, type Finding } from '../findings/finding.ts'
import { osReason } from '../errors.ts'
import type { RuleSet } from './engine.ts'
import { SCAN_RULES } from './rules.ts'
import { hasBinaryExtension, readTextFile } from './text-file.ts'
import { analyseWorkflow, isWorkflowPath } from './workflow.ts'

/** What a scan counts, so that nothing it leaves out is left out silently. */
export interface ScanCounts {
  files: number
  bytes: number
  skippedBinary: number
  skippedLarge: number
}

export function emptyCounts(): ScanCounts {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0 }
}

export function addCounts(into: ScanCounts, from: ScanCounts): void {
  into.files += from.files
  into.bytes += from.bytes
  into.skippedBinary += from.skippedBinary
  into.skippedLarge += from.skippedLarge
}

/**
 * One file: read as text (or skipped, counted), scanned by the rules, and analysed if it is a
 * workflow. `file` is absolute; a name that is not UTF-8 comes as bytes (a Buffer, or the plain
 * Uint8Array a worker receives one as).
 */
export function scanFile(ruleSet: RuleSet, file: string | Uint8Array, path: string, maxBytes: number, counts: ScanCounts): Finding[] {
  if (hasBinaryExtension(path)) {
    counts.skippedBinary++
    return []
  }
  let read
  try {
    read = readTextFile(typeof file === 'string' || Buffer.isBuffer(file) ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength), maxBytes)
  } catch (error) {
    return [createFinding(SCAN_RULES.unreadable, { message: `could not be read (${osReason(error)}); it was not scanned`, location: { path } })]
  }
  switch (read.kind) {
    case 'not-regular':
      return []
    case 'binary':
      counts.skippedBinary++
      return []
    case 'too-large':
      counts.skippedLarge++
      return []
  }
  counts.files++
  counts.bytes += read.bytes
  const findings = ruleSet.scan(path, read.text, read.ascii)
  if (isWorkflowPath(path)) findings.push(...analyseWorkflow(path, read.text))
  return findings
}
