import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { withoutCredentials } from '../../src/io/url.ts'
import { collectSource } from '../../src/integrity/source.ts'
import { cli, makeTree, readJson, tempDir } from '../helpers/tree.ts'

function gitRepo(remote: string): { root: string; commit: string } {
  const root = makeTree({ 'a.txt': 'a' })
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'release')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'init')
  git('remote', 'add', 'origin', remote)
  return { root, commit: git('rev-parse', 'HEAD') }
}

describe('where a tree came from', () => {
  it('records the commit, ref and remote of a git checkout, never the credentials in the remote', async () => {
    const { root, commit } = gitRepo('https://ci-bot:ghp_SECRETSECRETSECRET@github.com/acme/tool.git')
    const manifest = join(tempDir(), 'm.json')
    await cli(['manifest', '--root', root, '-o', manifest], root)
    expect(readJson(manifest).source).toEqual({ git: { commit, ref: 'refs/heads/release', remote: 'https://github.com/acme/tool.git' } })
    expect(JSON.stringify(readJson(manifest))).not.toContain('SECRET')
  })

  it('records the GitHub Actions run, and only in Actions', async () => {
    const root = tempDir()
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/tool',
      GITHUB_SHA: 'abc123',
      GITHUB_WORKFLOW_REF: 'acme/tool/.github/workflows/release.yml@refs/tags/v1',
      GITHUB_RUN_ID: '42',
      GITHUB_TOKEN: 'ghs_must_not_appear',
    }
    expect((await collectSource(root, env)).github).toEqual({
      repository: 'acme/tool',
      sha: 'abc123',
      workflow_ref: 'acme/tool/.github/workflows/release.yml@refs/tags/v1',
      run_id: '42',
    })
    expect(await collectSource(root, { GITHUB_REPOSITORY: 'acme/tool' })).toEqual({})
  })

  it.each([
    ['https://user:pass@host/repo.git', 'https://host/repo.git'],
    ['https://host/repo.git', 'https://host/repo.git'],
    ['git@github.com:acme/tool.git', 'git@github.com:acme/tool.git'],
  ])('strips credentials from %s', (remote, expected) => {
    expect(withoutCredentials(remote)).toBe(expected)
  })
})
