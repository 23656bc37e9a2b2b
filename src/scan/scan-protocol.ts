import type { Finding } from '../findings/finding.ts'
import type { ScanCounts } from './scan-file.ts'
import type { RulesConfig } from './compile-rules.ts'

/** What a scan worker starts with: the user's rules as data (patterns compile in the worker). */
export interface ScanWorkerData {
  config: RulesConfig
  maxBytes: number
}

export interface ScanRequest {
  id: number
  /** Absolute paths (bytes where a name is not UTF-8) and the root-relative path findings name. */
  files: { file: string | Uint8Array; path: string }[]
}

export interface ScanResponse {
  id: number
  findings: Finding[]
  counts: ScanCounts
}
