import { type Finding, type Rule } from '../findings/finding.ts';
export declare const WORKFLOW_RULES: {
    readonly untrustedContext: Rule;
    readonly prTargetCheckout: Rule;
    readonly unpinnedAction: Rule;
    readonly invalidYaml: Rule;
    readonly invalidShape: Rule;
};
/** Is this path a workflow (.github/workflows/*.yml) or an action metadata file (action.yml)? */
export declare function isWorkflowPath(path: string): boolean;
/**
 * Analyses one workflow or composite action, parsed as YAML: a pattern over the text would flag
 * the safe form (an untrusted value passed through env:) as readily as the unsafe one.
 */
export declare function analyseWorkflow(path: string, text: string): Finding[];
