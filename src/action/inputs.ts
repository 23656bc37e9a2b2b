import { validateConfig, type CheckConfig, type Section } from '../config/check-config.ts'
import { setOption } from '../config/check-flags.ts'
import { ChainsealError } from '../errors.ts'

/** Every input of action.yml, read once and typed; nothing below this reads the environment. */
export interface ActionInputs {
  mode: 'create' | 'verify' | 'check'
  /** The inputs as configuration, laid over .chainseal.json (or the `config` input's file). */
  overrides: CheckConfig
  config?: string
  sarifOutput?: string
  showSummary: boolean
}

/** The inputs that configure each check, with the config field each sets; a switch sets none. */
const SECTION_INPUTS: Record<Section, readonly (readonly [input: string, field?: string])[]> = {
  manifest: [['mode'], ['manifest', 'file'], ['paths', 'paths'], ['artifacts', 'artifacts']],
  signature: [['sign'], ['key', 'key'], ['certificate-identity', 'certificateIdentity'], ['certificate-oidc-issuer', 'certificateOidcIssuer']],
  deps: [['lockfiles', 'lockfiles'], ['registry', 'registry']],
  scan: [['scan'], ['rules', 'rules']],
}

/** Which input sets each config field: errors name the input the user wrote. */
const INPUT_OF = new Map<string, string>([
  ['failOn', 'fail-on'],
  ['baseline', 'baseline'],
  ...Object.entries(SECTION_INPUTS).flatMap(([section, inputs]) =>
    inputs.flatMap(([input, field]): [string, string][] => (field ? [[`${section}.${field}`, input]] : [])),
  ),
])

/** "deps: no lockfile in …" → the same, naming the inputs (or the config section) that set it. */
export function withInputs(message: string): string {
  const section = /^(\w+): /.exec(message)?.[1]
  const inputs = section && SECTION_INPUTS[section as Section]
  return inputs ? `${message} (set by the inputs ${inputs.map(([i]) => `"${i}"`).join(', ')}, or the "${section}" section of the config)` : message
}

/**
 * Reads the inputs. Empty means "not given": action.yml leaves the defaults empty so a
 * .chainseal.json can supply them, and the defaults the README documents are applied by check.
 */
export function readInputs(getInput: (name: string) => string): ActionInputs {
  const get = (name: string) => getInput(name).trim()
  const mode = get('mode') || 'check'
  if (mode !== 'create' && mode !== 'verify' && mode !== 'check')
    throw new ChainsealError('usage', `input "mode" must be create, verify or check (got "${mode}")`)

  const overrides: Record<string, unknown> = {}
  const set = (section: Section, key: string, value: unknown) => setOption(overrides, [section, key], value)
  if (get('fail-on')) overrides.failOn = get('fail-on')
  if (get('baseline')) overrides.baseline = get('baseline')
  if (mode !== 'check') set('manifest', 'mode', mode)
  if (get('manifest')) set('manifest', 'file', get('manifest'))
  if (get('paths')) set('manifest', 'paths', list(get('paths')))
  if (get('artifacts')) set('manifest', 'artifacts', list(get('artifacts')))

  const sign = booleanInput(get, 'sign')
  if (sign === false) overrides.signature = false
  else if (sign) overrides.signature = true
  if (get('key')) set('signature', 'key', get('key'))
  if (get('certificate-identity')) set('signature', 'certificateIdentity', get('certificate-identity'))
  if (get('certificate-oidc-issuer')) set('signature', 'certificateOidcIssuer', get('certificate-oidc-issuer'))

  // "auto" checks the lockfiles found in the workspace; "false" turns the check off.
  const lockfiles = get('lockfiles')
  if (lockfiles === 'false') overrides.deps = false
  else if (lockfiles === 'auto') overrides.deps = true
  else if (lockfiles) set('deps', 'lockfiles', list(lockfiles))
  if (get('registry')) set('deps', 'registry', get('registry'))

  const scan = booleanInput(get, 'scan')
  if (scan !== undefined) overrides.scan = scan
  if (get('rules')) set('scan', 'rules', list(get('rules')))

  const showSummary = booleanInput(get, 'show-summary') ?? true
  return {
    mode,
    overrides: validateConfig(overrides as CheckConfig, 'a step input', (field) => `input "${INPUT_OF.get(field.replace(/\[\d+\]$/, '')) ?? field}"`),
    ...(get('config') && { config: get('config') }),
    ...(get('sarif-output') && { sarifOutput: get('sarif-output') }),
    showSummary,
  }
}

/** As the runner's own boolean inputs: the YAML 1.2 core schema's spellings, or empty for not given. */
function booleanInput(get: (name: string) => string, name: string): boolean | undefined {
  const value = get(name)
  if (value === '') return undefined
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new ChainsealError('usage', `input "${name}" must be true or false (got "${value}")`)
}

/** Multi-value inputs come as one string: one value per line or comma. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean)
}
