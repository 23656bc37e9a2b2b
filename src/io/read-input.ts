import { readFileSync } from 'node:fs'
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
