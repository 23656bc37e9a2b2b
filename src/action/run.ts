import { manifestCommand } from '../commands/manifest.ts'
import { verifyCommand } from '../commands/verify.ts'
import type { Report } from '../findings/report.ts'
import type { ActionInputs } from './inputs.ts'

export interface ActionResult {
  report: Report
  outputs: Record<string, string>
}

/** The Action's job, on typed inputs: the same commands the CLI runs. */
export async function runAction(inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  const policy = { failOn: inputs.failOn }
  if (inputs.mode === 'create') {
    const { report, manifest } = await manifestCommand({
      cwd: workspace,
      env,
      paths: inputs.paths,
      output: inputs.manifest,
      include: [],
      exclude: [],
      defaultExcludes: true,
      gitignore: false,
      algorithm: 'sha256',
      exports: [],
      policy,
    })
    return { report, outputs: outputsOf(report, inputs.manifest, manifest.treeDigest) }
  }
  const report = await verifyCommand({ cwd: workspace, manifest: inputs.manifest, artifacts: inputs.artifacts, policy })
  return { report, outputs: outputsOf(report, inputs.manifest, String(report.stats.treeDigest ?? '')) }
}

function outputsOf(report: Report, manifestPath: string, treeDigest: string): Record<string, string> {
  return {
    status: report.status,
    'manifest-path': manifestPath,
    'tree-digest': treeDigest,
    'findings-count': String(report.summary.findings),
  }
}
