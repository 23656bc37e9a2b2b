import type { Report } from '../report.ts';
export interface TextOptions {
    color: boolean;
}
/** Stats that are commands a person can run: each printed on a line of its own, not in the summary. */
export declare const COMMAND_STATS: Record<string, string>;
/** One summary line, then one line per finding: what a person reads in a terminal or a CI log. */
export declare function renderText(report: Report, options: TextOptions): string;
/**
 * File names may hold newlines, escapes or terminal control sequences; a report line must stay one
 * line and must not let a crafted name drive the terminal.
 */
export declare function oneLine(text: string): string;
