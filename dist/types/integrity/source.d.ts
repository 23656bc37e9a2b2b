/** Where a tree came from: enough to find the commit and the workflow run that built it. */
export interface Source {
    git?: {
        commit: string;
        ref?: string;
        remote?: string;
    };
    github?: Record<string, string>;
}
/** Asks git in parallel with other work: each call is a process start. */
export declare function collectSource(root: string, env: NodeJS.ProcessEnv): Promise<Source>;
