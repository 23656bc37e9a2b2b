import { describe, expect, it } from 'vitest'
import { analyseWorkflow, isWorkflowPath } from '../../src/scan/workflow.ts'
import { cli, makeTree } from '../helpers/tree.ts'

const SHA = 'b4ffde65f46336ab88eb53be808477a3936bae11'
const PATH = '.github/workflows/ci.yml'
const ids = (text: string, path = PATH) => analyseWorkflow(path, text).map((f) => `${f.ruleId}:${f.location?.line}`)

describe('workflow analyser', () => {
  it('knows workflow and action files', () => {
    expect(isWorkflowPath('.github/workflows/ci.yml')).toBe(true)
    expect(isWorkflowPath('sub/.github/workflows/release.yaml')).toBe(true)
    expect(isWorkflowPath('action.yml')).toBe(true)
    expect(isWorkflowPath('actions/setup/action.yaml')).toBe(true)
    expect(isWorkflowPath('.github/dependabot.yml')).toBe(false)
  })

  it('flags an attacker-controlled context expanded into run:, at its line', () => {
    const text = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "triaging"
          echo "\${{ github.event.issue.title }}"
`
    expect(ids(text)).toEqual(['workflow/untrusted-context:8'])
    expect(analyseWorkflow(PATH, text)[0]!.message).toContain('github.event.issue.title')
  })

  it('does not flag the same value passed through env:, nor trusted contexts', () => {
    const text = `on: issues
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "$TITLE" "\${{ github.event.issue.number }}" "\${{ github.sha }}" "\${{ inputs.name }}"
`
    expect(ids(text)).toEqual([])
  })

  it('flags the other untrusted contexts, in their bracket and wildcard spellings, and in github-script', () => {
    const text = `on: [pull_request, push]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.head_ref }}"
      - run: echo "\${{ github.event['pull_request']['body'] }}"
      - run: echo "\${{ github.event.commits[0].message }}"
      - run: echo '\${{ toJSON(github.event.pull_request) }}'
      - uses: actions/github-script@${SHA}
        with:
          script: |
            const body = "\${{ github.event.comment.body }}"
`
    expect(ids(text)).toEqual(['workflow/untrusted-context:6', 'workflow/untrusted-context:7', 'workflow/untrusted-context:8', 'workflow/untrusted-context:9', 'workflow/untrusted-context:13'])
  })

  it('flags a pull_request_target job that checks out the pull request head, not one that checks out the base', () => {
    const head = `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
`
    expect(ids(head)).toEqual(['workflow/pr-target-checkout:6'])
    expect(ids(head.replace('pull_request_target', 'pull_request'))).toEqual([])
    expect(ids(head.replace(/      - uses: actions\/checkout.*\n.*\n.*\n/, `      - uses: actions/checkout@${SHA}\n`))).toEqual([])
    const workflowRun = `on:
  workflow_run:
    workflows: [ci]
    types: [completed]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: gh pr checkout \${{ github.event.workflow_run.pull_requests[0].number }}
`
    expect(ids(workflowRun)).toEqual(['workflow/pr-target-checkout:9'])
  })

  it('flags third-party actions and reusable workflows not pinned to a commit SHA', () => {
    const text = `on: push
jobs:
  reuse:
    uses: acme/workflows/.github/workflows/build.yml@main
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: acme/deploy@v2
      - uses: acme/deploy@${SHA} # v2
      - uses: ./local-action
      - uses: docker://alpine:3.20
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
`
    expect(ids(text)).toEqual(['workflow/unpinned-action:4', 'workflow/unpinned-action:9', 'workflow/unpinned-action:12'])
  })

  it('analyses composite actions, and only composite ones', () => {
    const composite = `name: x
runs:
  using: composite
  steps:
    - run: echo "\${{ github.event.pull_request.title }}"
      shell: bash
    - uses: acme/tool@v1
`
    expect(ids(composite, 'action.yml')).toEqual(['workflow/untrusted-context:5', 'workflow/unpinned-action:7'])
    expect(ids(`name: x\nruns:\n  using: node24\n  main: dist/index.js\n`, 'action.yml')).toEqual([])
  })

  it('reports a file that is not YAML instead of skipping it', () => {
    expect(ids('on: push\njobs: [unclosed\n')).toEqual(['workflow/invalid-yaml:3'])
  })

  it('reports YAML that is not a workflow where the analysis could not look, and analyses the rest', () => {
    const messages = (text: string, path = PATH) => analyseWorkflow(path, text).map((f) => `${f.ruleId}:${f.location?.line} ${f.message}`)
    expect(messages('- a\n- b\n')).toEqual(['workflow/invalid-shape:1 the file is a list, where a mapping (on:, jobs: … or name:, runs: …) belongs; fix it so it can be analysed'])
    expect(messages('')).toEqual([expect.stringMatching(/^workflow\/invalid-shape:1 the file is empty/)])
    expect(messages('on: push\njobs: 5\n')).toEqual([expect.stringMatching(/^workflow\/invalid-shape:2 jobs is 5, where a mapping of jobs belongs/)])
    expect(messages('on: push\n')).toEqual([expect.stringMatching(/^workflow\/invalid-shape:1 jobs is missing/)])
    const text = `on: push
jobs:
  odd: [1]
  build:
    runs-on: x
    steps: run this
  test:
    runs-on: x
    steps:
      - echo hi
      - uses: acme/tool@v1
`
    expect(ids(text)).toEqual(['workflow/invalid-shape:3', 'workflow/invalid-shape:6', 'workflow/invalid-shape:10', 'workflow/unpinned-action:11'])
    expect(messages(text)[2]).toContain('jobs.test.steps[0] is "echo hi", where a step (a mapping) belongs')
    expect(ids('name: x\nruns: node24\n', 'action.yml')).toEqual(['workflow/invalid-shape:2'])
  })

  it('honours chainseal-ignore on the line', () => {
    const text = `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: acme/deploy@v2 # chainseal-ignore: workflow/unpinned-action vendored by us\n`
    expect(ids(text)).toEqual([])
  })

  it('runs as part of chainseal scan', async () => {
    const root = makeTree({ '.github/workflows/ci.yml': `on: issues\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "\${{ github.event.issue.body }}"\n` })
    const result = await cli(['scan'], root)
    expect(result.exitStatus).toBe(1)
    expect(result.stdout).toContain('workflow/untrusted-context .github/workflows/ci.yml:6')
  })
})
