import { lstatSync, statSync } from 'node:fs'
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

/**
 * The paths a command was given, root-relative, each checked to lie inside the root and to exist
 * (as the shell completes them, from the working directory); none means the whole root.
 */
export function givenPaths(root: string, cwd: string, paths: readonly string[], rootFlag: string | undefined, verb: string): string[] {
  return (paths.length ? paths : [root]).map((p) => {
    const rel = givenPath(root, cwd, p, rootFlag, verb)
    try {
      lstatSync(resolve(cwd, p))
    } catch (error) {
      throw new ChainsealError('input', `path ${p} cannot be ${verb}: ${osReason(error)}`, { cause: error })
    }
    return rel
  })
}

/** One path a user gave, relative to the root; refused when it is empty or lies outside the root. */
export function givenPath(root: string, cwd: string, path: string, rootFlag: string | undefined, verb: string): string {
  // An empty argument is most often an unset variable ("$DIR"); resolved, it would be the cwd.
  if (path === '') throw new ChainsealError('usage', `a path given is empty (an unset variable?); give the paths to be ${verb}`)
  const rel = relativeToRoot(root, cwd, path)
  if (rel === undefined) throw new ChainsealError('usage', `path ${path} is outside the root ${rootFlag ?? '.'}; give paths inside it or set --root`)
  return rel
}
