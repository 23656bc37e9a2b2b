import { ChainsealError } from '../errors.ts'
import { parseFailOn, type FailOn } from '../findings/policy.ts'

/** Every input of action.yml, read once and typed; nothing below this reads the environment. */
export interface ActionInputs {
  mode: 'create' | 'verify'
  paths: string[]
  artifacts: string[]
  manifest: string
  failOn: FailOn
}

export function readInputs(getInput: (name: string) => string): ActionInputs {
  const mode = getInput('mode') || 'create'
  if (mode !== 'create' && mode !== 'verify')
    throw new ChainsealError('usage', `input "mode" must be create or verify (got "${mode}")`)
  return {
    mode,
    paths: list(getInput('paths') || '.'),
    artifacts: list(getInput('artifacts')),
    manifest: getInput('manifest') || 'chainseal.manifest.json',
    failOn: parseFailOn(getInput('fail-on') || 'high', 'input "fail-on"'),
  }
}

/** Multi-value inputs come as one string: one value per line or comma. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
}
