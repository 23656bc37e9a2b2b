import { describe, expect, it } from 'vitest'
import { createFinding } from '../../src/findings/finding.ts'
import { buildReport } from '../../src/findings/report.ts'
import { renderSummary } from '../../src/findings/reporters/summary.ts'
import { INTEGRITY_RULES } from '../../src/integrity/rules.ts'

const links = { server: 'https://github.example', repository: 'acme/app', sha: 'f'.repeat(40) }

describe('the job summary', () => {
  it('stays under the 1 MiB limit however many findings, and says how many it left out', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      createFinding(INTEGRITY_RULES.modified, { message: `${'changed '.repeat(100)}${i}`, location: { path: `dir/file-${i}.js`, line: i + 1 }, identity: [String(i)] }),
    )
    const html = renderSummary(buildReport('check', findings, { failOn: 'high' }), { links })
    expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024)
    const rows = html.match(/<tr><td>critical<\/td>/g)!.length
    expect(rows).toBeGreaterThan(10)
    expect(html).toContain(`${20_000 - rows} more findings in the SARIF and JSON reports`)
    expect(html).toContain('<tr><td>integrity</td><td>20000</td>')

    // A tighter budget keeps fewer rows, never a cut row.
    const small = renderSummary(buildReport('check', findings, { failOn: 'high' }), { links, maxBytes: 8 * 1024 })
    expect(Buffer.byteLength(small)).toBeLessThan(8 * 1024)
    expect(small.match(/<tr>/g)!.length).toBe(small.match(/<\/tr>/g)!.length)
  })

  it('escapes every name and message: the summary API renders raw HTML', () => {
    const finding = createFinding(INTEGRITY_RULES.added, { message: 'new file "<script>alert(1)</script>" & more', location: { path: `a'"<b>.js`, line: 3 }, identity: ['x'] })
    const html = renderSummary(buildReport('check', [finding], { failOn: 'high' }), { links: { ...links, base: 'sub dir' } })
    expect(html).not.toMatch(/<script|<b>/)
    expect(html).toContain('new file &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; more')
    expect(html).toContain(`href="https://github.example/acme/app/blob/${'f'.repeat(40)}/sub%20dir/a&#39;%22%3Cb%3E.js#L3"`)
    expect(html).toContain('<code>a&#39;&quot;&lt;b&gt;.js:3</code>')
  })
})
