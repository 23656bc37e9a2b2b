import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the run with a plain "N passed, N failed, N skipped" line, the summary CI systems and
 * people grep for, after vitest's own report.
 */
export default class ClosingLine implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 }
    for (const module of testModules) {
      let failedHere = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed' || state === 'failed' || state === 'skipped') count[state]++
        if (state === 'failed') failedHere++
      }
      // A file that fails to load (a syntax error, a throwing import) runs no test: it still failed.
      if (module.state() === 'failed' && failedHere === 0) count.failed++
    }
    process.stdout.write(`\n${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped\n`)
  }
}
