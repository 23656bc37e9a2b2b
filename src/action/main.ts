import * as core from '@actions/core'
import { appendFile } from 'node:fs/promises'
import { ChainsealError } from '../errors.ts'
import { DEFAULT_FAIL_ON } from '../findings/policy.ts'
import { errorReport } from '../findings/report.ts'
import { annotations } from '../findings/reporters/github.ts'
import { renderSummary } from '../findings/reporters/summary.ts'
import { renderText } from '../findings/reporters/text.ts'
import { readInputs, withInputs } from './inputs.ts'
import { runAction } from './run.ts'

/**
 * The Action: inputs in; outputs, log, annotations and job summary out; one setFailed. Exported
 * for tools that run an action's logic from its sources.
 */
export async function run(): Promise<void> {
  let showSummary = true
  try {
    const inputs = readInputs((name) => core.getInput(name))
    showSummary = inputs.showSummary
    const { report, outputs, summary } = await runAction(inputs, process.env.GITHUB_WORKSPACE ?? process.cwd(), process.env)
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    core.info(renderText(report, { color: false }))
    // At most 10 of each level; the rest are in the summary and the SARIF.
    for (const line of annotations(report)) core.info(line)
    if (summary !== undefined) await writeSummary(summary)
    if (report.error) core.setFailed(withInputs(report.error.message))
    else if (report.status !== 'pass') core.setFailed(`chainseal ${report.command}: ${report.summary.failing} finding(s) at or above ${report.summary.failOn}`)
  } catch (error) {
    // Only a bug is anything but a ChainsealError: keep its stack for the report.
    const message = error instanceof ChainsealError ? withInputs(error.message) : ((error as Error).stack ?? String(error))
    core.setOutput('status', 'error')
    if (showSummary) await writeSummary(renderSummary(errorReport('check', new ChainsealError('error', message), { failOn: DEFAULT_FAIL_ON }))).catch(() => {})
    core.setFailed(message)
  }
}

/**
 * Appended to the file the runner renders, read from the environment on each call: core.summary
 * remembers the first path it saw, which is wrong for a second run in the same process.
 */
async function writeSummary(html: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY
  if (file) await appendFile(file, html, 'utf8')
}
