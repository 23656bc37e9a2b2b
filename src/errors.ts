/**
 * The one error type the library throws for anything a user can fix or an operator can act on.
 * Adapters (cli/, action/) turn it into a message and exit code 2; anything else is a bug and
 * keeps its stack.
 */
export class ChainsealError extends Error {
  /** Stable, machine-readable: 'usage', 'input', 'manifest-invalid', 'io', … */
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ChainsealError'
    this.code = code
  }
}

/** The OS's reason for a failed filesystem call, without Node's stack or syscall noise. */
export function osReason(error: unknown): string {
  const e = error as NodeJS.ErrnoException
  if (e && typeof e.code === 'string') {
    const detail = e.message?.replace(/^[A-Z]+: /, '').replace(/, \w+ .*$/, '')
    return detail ? `${e.code}: ${detail}` : e.code
  }
  return String(error instanceof Error ? error.message : error)
}
