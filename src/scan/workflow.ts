import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml'
import { createFinding, ruleMaker, type Finding, type Rule } from '../findings/finding.ts'
import { isSuppressed } from './suppress.ts'

const workflow = ruleMaker('workflow', 'workflow')

export const WORKFLOW_RULES = {
  untrustedContext: workflow('untrusted-context', 'high', 'An attacker-controlled context (issue or PR title/body, comment, branch name, commit message…) is expanded into a run: script or github-script; pass it through env: instead.'),
  prTargetCheckout: workflow('pr-target-checkout', 'critical', 'A pull_request_target or workflow_run job checks out the pull request\'s code, which then runs with the base repository\'s secrets and write token.'),
  unpinnedAction: workflow('unpinned-action', 'medium', 'A third-party action or reusable workflow is referenced by a tag or branch, which its owner can move; pin it to a full commit SHA.'),
  invalidYaml: workflow('invalid-yaml', 'medium', 'A workflow or action file is not valid YAML, so it could not be analysed (GitHub rejects it too).'),
  invalidShape: workflow('invalid-shape', 'medium', 'A workflow or action file is YAML but not in the shape GitHub reads (its top level, jobs or steps are not what they must be), so that part could not be analysed (GitHub rejects it too).'),
} as const satisfies Record<string, Rule>

/** Is this path a workflow (.github/workflows/*.yml) or an action metadata file (action.yml)? */
export function isWorkflowPath(path: string): boolean {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /(?:^|\/)action\.ya?ml$/.test(path)
}

/**
 * Contexts whose values anyone who can open an issue, a pull request or push a branch chooses
 * (GitHub Security Lab's list, as zizmor and actionlint use it). Checked on an expression after
 * bracket access is rewritten as dots.
 */
const UNTRUSTED = new RegExp(
  [
    String.raw`github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)`,
    String.raw`github\.event\.(?:comment|review|review_comment|discussion_comment)\.body`,
    String.raw`github\.event\.pull_request\.head\.(?:ref|label|repo\.(?:default_branch|description|homepage|name|full_name))`,
    String.raw`github\.event\.pages\.[\w*]+\.page_name`,
    String.raw`github\.event\.(?:commits\.[\w*]+|head_commit|workflow_run\.head_commit|merge_group\.head_commit)\.(?:message|author\.(?:email|name)|committer\.(?:email|name))`,
    String.raw`github\.event\.workflow_run\.(?:head_branch|display_title|pull_requests\.[\w*]+\.head\.ref|head_repository\.description)`,
    String.raw`github\.event\.(?:check_suite|check_run\.check_suite)\.head_branch`,
    String.raw`github\.event\.release\.(?:name|body|tag_name)`,
    String.raw`github\.head_ref`,
    // The whole event, or a whole part of it, serialised into the script.
    String.raw`toJSON\(\s*github\.event(?:\.(?:issue|pull_request|comment|review|discussion|head_commit|commits|workflow_run))?\s*\)`,
  ].map((p) => `(?:${p})`).join('|'),
)

/** What a checkout's ref or repository says when it is the pull request's own code. */
const PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref|repo\.full_name)|github\.head_ref|github\.event\.workflow_run\.(?:head_sha|head_branch|head_repository\.full_name)|refs\/pull\/|github\.event\.(?:number|pull_request\.number|pull_request\.merge_commit_sha)/
const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run'])
/** Actions GitHub itself publishes; the unpinned-action rule is about third parties. */
const FIRST_PARTY = /^(?:actions|github)\//

/**
 * Analyses one workflow or composite action, parsed as YAML: a pattern over the text would flag
 * the safe form (an untrusted value passed through env:) as readily as the unsafe one.
 */
export function analyseWorkflow(path: string, text: string): Finding[] {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false })
  if (document.errors.length > 0) {
    const error = document.errors[0]!
    return [createFinding(WORKFLOW_RULES.invalidYaml, { message: `not valid YAML (${error.message.split('\n')[0]}); fix it so it can be analysed`, location: { path, line: lineCounter.linePos(error.pos[0]).line } })]
  }
  const root = document.contents
  const findings: Finding[] = []
  // What the analysis cannot walk is a finding, as zizmor makes it: never a file that quietly passes.
  const misshapen = (node: Node | null | undefined, what: string) =>
    findings.push(createFinding(WORKFLOW_RULES.invalidShape, { message: `${what}; fix it so it can be analysed`, location: { path, line: lineCounter.linePos(node?.range?.[0] ?? 0).line }, identity: [what] }))
  if (!isMap(root)) {
    misshapen(root, `the file is ${describeNode(root)}, where a mapping (on:, jobs: … or name:, runs: …) belongs`)
    return findings
  }
  const seen = new Map<string, number>()
  const at = (node: Node | null | undefined, offset = 0) => {
    const position = lineCounter.linePos((node?.range?.[0] ?? 0) + offset)
    return { path, line: position.line, column: position.col }
  }
  let lines: string[] | undefined
  const report = (rule: Rule, message: string, location: { path: string; line: number; column: number }, identity: string) => {
    lines ??= text.split('\n')
    if (isSuppressed(rule.id, lines[location.line - 1] ?? '', lines[location.line - 2] ?? '')) return
    const count = seen.get(rule.id + identity) ?? 0
    seen.set(rule.id + identity, count + 1)
    findings.push(createFinding(rule, { message, location, identity: [identity, String(count)] }))
  }

  const isAction = /(?:^|\/)action\.ya?ml$/.test(path)
  const triggers = isAction ? new Set<string>() : triggersOf(root.get('on', true) as Node | undefined)
  const privileged = [...triggers].filter((t) => PRIVILEGED_TRIGGERS.has(t))

  const checkUses = (node: Node | null | undefined) => {
    if (!isScalar(node) || typeof node.value !== 'string') return
    const uses = node.value.trim()
    if (uses.startsWith('./') || uses.startsWith('.\\')) return
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) report(WORKFLOW_RULES.unpinnedAction, `${uses} is not pinned to an image digest (@sha256:…)`, at(node), uses)
      return
    }
    const [name, ref] = uses.split('@')
    if (FIRST_PARTY.test(name!)) return
    if (ref === undefined || !/^[0-9a-f]{40}$/.test(ref)) report(WORKFLOW_RULES.unpinnedAction, `${uses} is not pinned to a full commit SHA; use ${name}@<40-hex SHA> # ${ref ?? 'version'}`, at(node), uses)
  }

  const checkScript = (node: Node | null | undefined, where: string) => {
    if (!isScalar(node) || typeof node.value !== 'string') return
    const source = text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)
    for (const match of node.value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
      const expression = match[1]!.trim()
      const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, '.$1').replace(/\[\s*"([^"]*)"\s*\]/g, '.$1').replace(/\[\s*\*\s*\]/g, '.*').replace(/\[\s*\d+\s*\]/g, '.*')
      const untrusted = UNTRUSTED.exec(normalised)
      if (!untrusted) continue
      const offset = source.indexOf(match[0])
      report(
        WORKFLOW_RULES.untrustedContext,
        `${untrusted[0]} is expanded into ${where}, so its value runs as code; set it in env: (e.g. TITLE: \${{ ${untrusted[0]} }}) and use "$TITLE"`,
        at(node, offset >= 0 ? offset : 0),
        expression,
      )
    }
  }

  const checkSteps = (steps: Node | null | undefined, where: string) => {
    if (steps === undefined) return
    if (!isSeq(steps)) return void misshapen(steps, `${where}.steps is ${describeNode(steps)}, where a list of steps belongs`)
    for (const [index, step] of steps.items.entries()) {
      if (!isMap(step)) {
        misshapen(step as Node, `${where}.steps[${index}] is ${describeNode(step as Node)}, where a step (a mapping) belongs`)
        continue
      }
      const uses = step.get('uses', true) as Node | undefined
      checkUses(uses)
      checkScript(step.get('run', true) as Node | undefined, 'a run: script')
      const usesName = isScalar(uses) && typeof uses.value === 'string' ? uses.value.split('@')[0]!.toLowerCase() : ''
      const inputs = step.get('with', true)
      if (usesName === 'actions/github-script' && isMap(inputs)) checkScript(inputs.get('script', true) as Node | undefined, "github-script's script:")
      if (privileged.length === 0) continue
      const run = scalarText(step, 'run')
      const checksOutHead =
        (usesName === 'actions/checkout' && isMap(inputs) && ['ref', 'repository'].some((key) => PR_HEAD.test(scalarText(inputs, key)))) ||
        /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|pull)\b[^\n]*(?:refs\/pull\/|pull\/[^\s/]+\/head)/.test(run) ||
        (/\bgit\s+(?:fetch|checkout)\b/.test(run) && PR_HEAD.test(run))
      if (checksOutHead) report(WORKFLOW_RULES.prTargetCheckout, `on ${privileged.join(', ')}, this step checks out the pull request's head; build untrusted code in a pull_request workflow without secrets instead`, at(step), `${usesName}:${scalarText(inputs as YAMLMap | undefined, 'ref')}:${run}`)
    }
  }

  if (isAction) {
    const runs = root.get('runs', true) as Node | undefined
    if (!isMap(runs)) misshapen(runs ?? root, `runs is ${describeNode(runs)}, where a mapping with using: belongs`)
    else if (scalarText(runs, 'using') === 'composite') checkSteps(runs.get('steps', true) as Node | undefined, 'runs')
    return findings
  }
  const jobs = root.get('jobs', true) as Node | undefined
  if (!isMap(jobs)) {
    misshapen(jobs ?? root, `jobs is ${describeNode(jobs)}, where a mapping of jobs belongs`)
    return findings
  }
  for (const pair of jobs.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '?'
    const job = pair.value as Node | null
    if (!isMap(job)) {
      misshapen(job ?? (pair.key as Node), `jobs.${name} is ${describeNode(job)}, where a job (a mapping) belongs`)
      continue
    }
    checkUses(job.get('uses', true) as Node | undefined)
    checkSteps(job.get('steps', true) as Node | undefined, `jobs.${name}`)
  }
  return findings
}

/** How a node that is not what it should be reads in a message: "missing", "a list", 5. */
function describeNode(node: Node | null | undefined): string {
  if (node === undefined) return 'missing'
  if (node === null || (isScalar(node) && node.value === null)) return 'empty'
  if (isSeq(node)) return 'a list'
  if (isMap(node)) return 'a mapping'
  if (isScalar(node)) return JSON.stringify(node.value)?.slice(0, 40) ?? String(node.value)
  return 'not a plain value'
}

/** The events of `on:` in any of its three forms (a name, a list, a map). */
function triggersOf(on: Node | undefined): Set<string> {
  if (isScalar(on)) return new Set([String(on.value)])
  if (isSeq(on)) return new Set(on.items.filter(isScalar).map((item) => String(item.value)))
  if (isMap(on)) return new Set(on.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')))
  return new Set()
}

function scalarText(map: YAMLMap | undefined, key: string): string {
  const value = map?.get(key, true)
  return isScalar(value) && value.value !== null && value.value !== undefined ? String(value.value) : ''
}
