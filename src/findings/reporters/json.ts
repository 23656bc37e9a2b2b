import type { Report } from '../report.ts'

/** The versioned JSON report of schemas/report.schema.json. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
