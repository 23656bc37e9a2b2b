import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO, makeTree, tempDir } from '../helpers/tree.ts'

/** Runs dist/index.js as the runner does: inputs as INPUT_* (hyphens kept), outputs to GITHUB_OUTPUT. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const state = tempDir()
  const outputFile = join(state, 'output')
  writeFileSync(outputFile, '')
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true' }
  // action.yml's defaults, applied as the runner applies them.
  const defaults = { mode: 'create', paths: '.', artifacts: '', manifest: 'chainseal.manifest.json', 'fail-on': 'high' }
  for (const [name, value] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value
  const r = spawnSync(process.execPath, [join(REPO, 'dist/index.js')], { cwd: workspace, env, encoding: 'utf8' })
  return { ...r, outputs: parseOutputs(readFileSync(outputFile, 'utf8')) }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` records. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const [, name, , value] of text.matchAll(re)) outputs[name!] = value!
  return outputs
}

describe('the Action bundle', () => {
  it('creates a manifest, then verifies the workspace against it', () => {
    const workspace = makeTree({ 'dist/app.js': 'console.log(1)\n', 'dist/app.js.map': '{}' })
    const created = runAction(workspace, { paths: 'dist' })
    expect(created.status).toBe(0)
    expect(created.outputs).toMatchObject({ status: 'pass', 'manifest-path': 'chainseal.manifest.json', 'findings-count': '0' })
    expect(created.outputs['tree-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
    const verified = runAction(workspace, { mode: 'verify' })
    expect(verified.status).toBe(0)
    expect(verified.outputs.status).toBe('pass')
  })

  it('fails the step on a modified file and says why', () => {
    const workspace = makeTree({ 'dist/app.js': 'console.log(1)\n' })
    runAction(workspace, { paths: 'dist' })
    writeFileSync(join(workspace, 'dist/app.js'), 'steal()\n')
    const r = runAction(workspace, { mode: 'verify' })
    expect(r.status).toBe(1)
    expect(r.outputs).toMatchObject({ status: 'fail', 'findings-count': '1' })
    expect(r.stdout).toContain('::error::chainseal verify: 1 finding(s) at or above high')
  })

  it('names a bad input and the fix', () => {
    const r = runAction(tempDir(), { mode: 'sign-everything' })
    expect(r.status).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toContain('::error::input "mode" must be create or verify (got "sign-everything")')
  })
})
