import { describe, expect, it } from 'vitest'
import { formatBytes, progressBar } from '../../src/cli/progress.ts'
import { renderText } from '../../src/findings/reporters/text.ts'
import { buildReport } from '../../src/findings/report.ts'
import { INTEGRITY_RULES } from '../../src/integrity/rules.ts'
import { createFinding } from '../../src/findings/finding.ts'
import { cli, makeTree, tempDir } from '../helpers/tree.ts'
import { join } from 'node:path'

describe('progress bar', () => {
  it('stays quiet for quick work, then draws one line it clears at the end', () => {
    let now = 0
    const out: string[] = []
    const bar = progressBar((t) => out.push(t), () => now)
    const step = { phase: 'hash' as const, files: 10, totalFiles: 40, bytes: 2_500_000 }
    bar.update(step)
    now = 100
    bar.update(step)
    expect(out).toEqual([]) // under half a second: nothing
    now = 600
    bar.update(step)
    expect(out).toEqual(['\r\x1b[Khashing [######..................] 10/40 files, 2.5 MB'])
    now = 650
    bar.update({ ...step, files: 20 })
    expect(out).toHaveLength(1) // at most ten redraws a second
    bar.done()
    expect(out.at(-1)).toBe('\r\x1b[K')
  })

  it('formats byte counts for people', () => {
    expect([formatBytes(999), formatBytes(1500), formatBytes(2_000_000_000)]).toEqual(['999 B', '1.5 KB', '2.0 GB'])
  })
})

describe('colour', () => {
  const report = buildReport('verify', [createFinding(INTEGRITY_RULES.modified, { message: 'changed', location: { path: 'a' } })], { failOn: 'high' })

  it('colours severities only when asked', () => {
    expect(renderText(report, { color: true })).toContain('\x1b[1;31mcritical')
    expect(renderText(report, { color: false })).not.toContain('\x1b[')
  })

  it('follows --color, NO_COLOR and FORCE_COLOR', async () => {
    const root = makeTree({ a: 'x' })
    const out = join(tempDir(), 'm.json')
    const colored = (argv: string[], env: NodeJS.ProcessEnv) => cli(['manifest', '--root', root, '-o', out, ...argv], root, env).then((r) => r.stdout.includes('\x1b['))
    expect(await colored([], {})).toBe(false) // not a terminal
    expect(await colored([], { FORCE_COLOR: '1' })).toBe(true)
    expect(await colored([], { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false)
    expect(await colored(['--color', 'always'], { NO_COLOR: '1' })).toBe(true)
    expect(await colored(['--color', 'never'], { FORCE_COLOR: '1' })).toBe(false)
  })
})
