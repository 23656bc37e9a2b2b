import { join, resolve } from 'node:path'
import { checkCommand, type CheckResult } from '../commands/check.ts'
import { loadConfig, mergeConfig } from '../config/check-config.ts'
import { rebasePaths } from '../config/check-flags.ts'
import { readBaseline } from '../findings/baseline.ts'
import { DEFAULT_FAIL_ON, type Policy } from '../findings/policy.ts'
import { IncompleteRunError, errorReport, type Report } from '../findings/report.ts'
import { renderSarif } from '../findings/reporters/sarif.ts'
import { renderSummary, type SummaryOptions } from '../findings/reporters/summary.ts'
import { relativeToRoot } from '../integrity/root.ts'
import { writeFileAtomic } from '../io/atomic-write.ts'
import { RULE_CATALOG } from '../rule-catalog.ts'
import type { ActionInputs } from './inputs.ts'

export interface ActionResult {
  report: Report
  outputs: Record<string, string>
  /** The job summary's HTML, unless show-summary is false. */
  summary?: string
}

/**
 * The Action's job, on typed inputs: the configuration (the `config` input, else .chainseal.json)
 * with the inputs laid over it, run by the same check the CLI runs.
 */
export async function runAction(inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  const loaded = loadConfig(workspace, env, inputs.config === 'none' ? { noConfig: true } : { ...(inputs.config !== undefined && { config: inputs.config }) })
  // Inputs are relative to the workspace; a config's paths to its own directory.
  const config = mergeConfig(loaded.config, rebasePaths(inputs.overrides, workspace, loaded.baseDir))
  const policy: Policy = {
    failOn: config.failOn ?? DEFAULT_FAIL_ON,
    ...(config.baseline !== undefined && { baseline: readBaseline(resolve(loaded.baseDir, config.baseline), config.baseline) }),
  }
  let result: CheckResult
  try {
    result = await checkCommand({ cwd: loaded.baseDir, env, config, policy })
  } catch (error) {
    if (!(error instanceof IncompleteRunError)) throw error
    // A check that could not run fails the step, but what the others found still goes to code
    // scanning, the summary and the log.
    result = { report: errorReport('check', error, policy) }
  }
  const { report } = result

  // Always written when the runner has a temporary directory: code scanning uploads it.
  const sarif = inputs.sarifOutput !== undefined ? resolve(workspace, inputs.sarifOutput) : env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'chainseal.sarif') : undefined
  if (sarif) writeFileAtomic(sarif, [renderSarif(report, RULE_CATALOG)])

  const outputs = {
    status: report.status,
    'manifest-path': result.manifestPath ?? '',
    'bundle-path': result.bundlePath ?? '',
    'tree-digest': result.treeDigest ?? '',
    'findings-count': String(report.summary.findings),
    'sarif-path': sarif ?? '',
  }
  return { report, outputs, ...(inputs.showSummary && { summary: renderSummary(report, summaryOptions(workspace, loaded.baseDir, env)) }) }
}

/** Links to file:line at the commit checked, when the runner says which. */
export function summaryOptions(workspace: string, baseDir: string, env: NodeJS.ProcessEnv): SummaryOptions {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env
  if (!server || !repository || !sha) return {}
  // The config's directory, when it lies inside the workspace and is not the workspace itself.
  const base = relativeToRoot(workspace, workspace, baseDir)
  return { links: { server, repository, sha, ...(base && { base }) } }
}
