import type { Reporter, TestModule } from 'vitest/node';
/**
 * Ends the run with a plain "N passed, N failed, N skipped" line, the summary CI systems and
 * people grep for, after vitest's own report.
 */
export default class ClosingLine implements Reporter {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>): void;
}
