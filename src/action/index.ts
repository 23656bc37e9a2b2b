import * as core from '@actions/core'
import { ChainsealError } from '../errors.ts'
import { renderText } from '../findings/reporters/text.ts'
import { readInputs } from './inputs.ts'
import { runAction } from './run.ts'

/** The Action's entry: inputs in, outputs and one setFailed out. */
async function main(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name))
    const { report, outputs } = await runAction(inputs, process.env.GITHUB_WORKSPACE ?? process.cwd(), process.env)
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
    core.info(renderText(report, { color: false }))
    if (report.status !== 'pass') core.setFailed(`chainseal ${report.command}: ${report.summary.failing} finding(s) at or above ${report.summary.failOn}`)
  } catch (error) {
    core.setOutput('status', 'error')
    core.setFailed(error instanceof ChainsealError ? error.message : (error as Error).stack ?? String(error))
  }
}

await main()
