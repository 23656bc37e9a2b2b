/** The directory every manifest path is relative to; it must exist. */
export declare function resolveRoot(cwd: string, root: string | undefined): string;
/**
 * A path as given on the command line, relative to the root in POSIX form ('' for the root
 * itself), or undefined when it lies outside the root.
 */
export declare function relativeToRoot(root: string, cwd: string, given: string): string | undefined;
/**
 * The paths a command was given, root-relative, each checked to lie inside the root and to exist
 * (as the shell completes them, from the working directory); none means the whole root.
 */
export declare function givenPaths(root: string, cwd: string, paths: readonly string[], rootFlag: string | undefined, verb: string): string[];
/** One path a user gave, relative to the root; refused when it is empty or lies outside the root. */
export declare function givenPath(root: string, cwd: string, path: string, rootFlag: string | undefined, verb: string): string;
