/**
 * The one error type the library throws for anything a user can fix or an operator can act on.
 * Adapters (cli/, action/) turn it into a message and exit code 2; anything else is a bug and
 * keeps its stack.
 */
export declare class ChainsealError extends Error {
    /** Stable, machine-readable: 'usage', 'input', 'manifest-invalid', 'io', … */
    readonly code: string;
    constructor(code: string, message: string, options?: {
        cause?: unknown;
    });
}
/** The OS's reason for a failed filesystem call, without Node's stack or syscall noise. */
export declare function osReason(error: unknown): string;
