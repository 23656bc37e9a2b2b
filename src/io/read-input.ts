import { readFileSync } from 'node:fs'
import { isatty } from 'node:tty'
import { ChainsealError, osReason } from '../errors.ts'

/**
 * Reads a file the user named. `label` says what it is and how they named it ("bundle b.json"),
 * so an unreadable one is an input error (exit 2) naming it and the OS reason; `fix` adds what
 * to do about it.
 */
export function readInput(path: string, label: string, fix = ''): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    throw new ChainsealError('input', `cannot read ${label}: ${osReason(error)}${fix ? `; ${fix}` : ''}`, { cause: error })
  }
}

export function readInputText(path: string, label: string, fix = ''): string {
  return readInput(path, label, fix).toString('utf8')
}

/**
 * What was piped or redirected into stdin, for an input given as `-`. Read from descriptor 0, not
 * /dev/stdin, which cannot be opened by name when it is a socket (as Node's child_process makes
 * it); a descriptor left non-blocking (EAGAIN) is read again through /dev/stdin. A terminal is
 * refused rather than waited on.
 */
export function readStandardInput(label: string): Buffer {
  if (isatty(0)) throw new ChainsealError('usage', `${label} is read from stdin, which is a terminal: pipe or redirect it in`)
  try {
    return readFileSync(0)
  } catch (error) {
    let reason = error
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN')
      try {
        return readFileSync('/dev/stdin')
      } catch (again) {
        reason = again
      }
    throw new ChainsealError('input', `cannot read ${label} from stdin: ${osReason(reason)}`, { cause: reason })
  }
}
