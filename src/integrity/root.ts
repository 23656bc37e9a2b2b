import { statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { ChainsealError, osReason } from '../errors.ts'

/** The directory every manifest path is relative to; it must exist. */
export function resolveRoot(cwd: string, root: string | undefined): string {
  const absolute = resolve(cwd, root ?? '.')
  let isDirectory: boolean
  try {
    isDirectory = statSync(absolute).isDirectory()
  } catch (error) {
    throw new ChainsealError('input', `--root ${root ?? '.'} cannot be used: ${osReason(error)}`, { cause: error })
  }
  if (!isDirectory) throw new ChainsealError('input', `--root ${root} is not a directory; give the directory manifest paths are relative to`)
  return absolute
}

/**
 * A path as given on the command line, relative to the root in POSIX form ('' for the root
 * itself), or undefined when it lies outside the root.
 */
export function relativeToRoot(root: string, cwd: string, given: string): string | undefined {
  const rel = relative(root, resolve(cwd, given))
  if (rel === '') return ''
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined
  return rel.split(sep).join('/')
}
