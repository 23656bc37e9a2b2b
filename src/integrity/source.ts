import { execFile } from 'node:child_process'
import { withoutCredentials } from '../io/url.ts'

/** Where a tree came from: enough to find the commit and the workflow run that built it. */
export interface Source {
  git?: { commit: string; ref?: string; remote?: string }
  github?: Record<string, string>
}

/** The Actions context that identifies a run; the rest of GITHUB_* is noise or secret. */
const GITHUB_KEYS = [
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_SHA',
  'GITHUB_REF',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'RUNNER_ENVIRONMENT',
] as const

/** Asks git in parallel with other work: each call is a process start. */
export async function collectSource(root: string, env: NodeJS.ProcessEnv): Promise<Source> {
  const source: Source = {}
  const [commit, ref, remote] = await Promise.all([
    git(root, 'rev-parse', '--verify', '-q', 'HEAD'),
    git(root, 'symbolic-ref', '-q', 'HEAD'),
    git(root, 'remote', 'get-url', 'origin'),
  ])
  if (commit) {
    source.git = { commit }
    if (ref) source.git.ref = ref
    if (remote) source.git.remote = withoutCredentials(remote)
  }
  if (env.GITHUB_ACTIONS === 'true') {
    const github: Record<string, string> = {}
    for (const key of GITHUB_KEYS) {
      const value = env[key]
      if (value) github[key.toLowerCase().replace(/^github_/, '')] = value
    }
    source.github = github
  }
  return source
}

function git(cwd: string, ...args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', timeout: 10_000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined))
  })
}
