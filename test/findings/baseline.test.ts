import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, makeTree, readJson, tempDir } from '../helpers/tree.ts'

async function driftedTree() {
  const root = makeTree({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' })
  const out = tempDir()
  const manifest = join(out, 'm.json')
  await cli(['manifest', '--root', root, '-o', manifest], root)
  writeFileSync(join(root, 'a.txt'), 'known drift')
  return { root, out, manifest }
}

describe('--baseline and --write-baseline', () => {
  it('accept the findings of today, and fail on a new one tomorrow', async () => {
    const { root, out, manifest } = await driftedTree()
    const baseline = join(out, 'baseline.json')
    const written = await cli(['verify', manifest, '--root', root, '--write-baseline', baseline, '--format', 'json'], root)
    expect(written.exitStatus).toBe(0)
    expect(JSON.parse(written.stdout).summary).toMatchObject({ findings: 0, suppressed: 1 })
    expect(readJson(baseline)).toEqual({ baselineVersion: 1, findings: [{ fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), ruleId: 'integrity/modified', path: 'a.txt' }] })

    const same = await cli(['verify', manifest, '--root', root, '--baseline', baseline], root)
    expect(same.exitStatus).toBe(0)
    expect(same.stdout).toContain('1 accepted by the baseline')

    writeFileSync(join(root, 'b.txt'), 'new drift')
    const next = await cli(['verify', manifest, '--root', root, '--baseline', baseline, '--format', 'json'], root)
    expect(next.exitStatus).toBe(1)
    expect(JSON.parse(next.stdout).findings.map((f: any) => f.location.path)).toEqual(['b.txt'])
  })

  it('keep accepting an old finding when the baseline is written again with both flags', async () => {
    const { root, out, manifest } = await driftedTree()
    const baseline = join(out, 'baseline.json')
    await cli(['verify', manifest, '--root', root, '--write-baseline', baseline], root)
    writeFileSync(join(root, 'c.txt'), 'more drift')
    await cli(['verify', manifest, '--root', root, '--baseline', baseline, '--write-baseline', baseline], root)
    expect(readJson(baseline).findings.map((f: any) => f.path).sort()).toEqual(['a.txt', 'c.txt'])
  })

  it('treat a finding that changed (another digest) as new', async () => {
    const { root, out, manifest } = await driftedTree()
    const baseline = join(out, 'baseline.json')
    await cli(['verify', manifest, '--root', root, '--write-baseline', baseline], root)
    writeFileSync(join(root, 'a.txt'), 'drifted again')
    expect((await cli(['verify', manifest, '--root', root, '--baseline', baseline], root)).exitStatus).toBe(1)
  })

  it('refuse to write a baseline where it cannot, with exit 2 and no file left behind', async () => {
    const { root, out, manifest } = await driftedTree()
    const r = await cli(['verify', manifest, '--root', root, '--write-baseline', join(out, 'no-such-dir', 'b.json')], root)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toMatch(/could not write .*no-such-dir\/b\.json: ENOENT/)
    expect(readdirSync(out).filter((name) => name !== 'm.json')).toEqual([])
  })

  it.each([
    ['missing.json', undefined, 'cannot read baseline missing.json: ENOENT'],
    ['bad.json', '{"baselineVersion": 1, "findings": [{"fingerprint": "xyz"}]}', `baseline bad.json is not valid: findings[0].fingerprint must be a finding's fingerprint, 32 hex digits (found "xyz")`],
    ['broken.json', '{', 'baseline broken.json is not valid JSON'],
  ])('reject a bad baseline %s before any work, exit 2', async (name, content, message) => {
    const { root, out, manifest } = await driftedTree()
    if (content !== undefined) writeFileSync(join(out, name), content)
    const r = await cli(['verify', manifest, '--root', root, '--baseline', name], out)
    expect(r.exitStatus).toBe(2)
    expect(r.stderr).toContain(message)
  })
})
