import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA, configFromFlags, loadConfig, mergeConfig } from '../../src/config/check-config.ts'
import { CHECK_FLAGS } from '../../src/config/check-flags.ts'
import { makeTree } from '../helpers/tree.ts'

const CONFIG = '.chainseal.json'
const json = (value: unknown) => JSON.stringify(value)

describe('finding .chainseal.json', () => {
  it('takes --config over CHAINSEAL_CONFIG over the nearest file up to the git root', () => {
    const repo = makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      [CONFIG]: json({ failOn: 'low' }),
      'pkg/src/x.js': '',
      'other.json': json({ failOn: 'medium' }),
      'env.json': json({ failOn: 'critical' }),
    })
    const deep = join(repo, 'pkg/src')
    expect(loadConfig(deep, {}, {})).toMatchObject({ config: { failOn: 'low' }, file: join(repo, CONFIG), baseDir: repo })
    expect(loadConfig(deep, { CHAINSEAL_CONFIG: '../../env.json' }, {}).config).toEqual({ failOn: 'critical' })
    expect(loadConfig(deep, { CHAINSEAL_CONFIG: '../../env.json' }, { config: '../../other.json' }).config).toEqual({ failOn: 'medium' })
    expect(loadConfig(deep, { CHAINSEAL_CONFIG: '../../env.json' }, { noConfig: true })).toEqual({ config: {}, baseDir: deep })
    // A nearer file wins over the one at the root.
    writeFileSync(join(repo, 'pkg', CONFIG), json({ failOn: 'info' }))
    expect(loadConfig(deep, {}, {}).config).toEqual({ failOn: 'info' })
  })

  it('never reads a file above the git root, and outside a checkout only the working directory', () => {
    const outer = makeTree({ [CONFIG]: json({ failOn: 'none' }) })
    const repo = join(outer, 'repo')
    mkdirSync(join(repo, '.git'), { recursive: true })
    mkdirSync(join(repo, 'sub'))
    expect(loadConfig(join(repo, 'sub'), {}, {}).file).toBeUndefined()
    const loose = join(outer, 'loose')
    mkdirSync(loose)
    expect(loadConfig(loose, {}, {}).file).toBeUndefined()
    expect(loadConfig(outer, {}, {}).file).toBe(join(outer, CONFIG))
  })

  it('names an unknown key, a wrong type and the file, with where to look', () => {
    const dir = makeTree({ [CONFIG]: json({ failOn: 'severe', scan: { excludes: ['x'] }, deps: { concurrency: '8' }, manifest: 'yes' }) })
    const error = (() => {
      try {
        loadConfig(dir, {}, {})
      } catch (e) {
        return e as Error & { code: string }
      }
    })()
    expect(error?.code).toBe('config-invalid')
    expect(error?.message).toMatch(/^config .*\.chainseal\.json is not valid: /)
    for (const part of [/failOn must be one of critical, .* \(found "severe"\)/, /scan has an unknown field "excludes"/, /deps\.concurrency must be a whole number from 1 to 256.* \(found "8"\)/, /manifest must be true, false or an object.* \(found "yes"\)/])
      expect(error?.message).toMatch(part)
    writeFileSync(join(dir, CONFIG), '["scan"]')
    expect(() => loadConfig(dir, {}, {})).toThrow(/\.chainseal\.json is not valid: the document must be a JSON object \(found \["scan"\]\)$/)
    writeFileSync(join(dir, CONFIG), '{ "failOn": ')
    expect(() => loadConfig(dir, {}, {})).toThrow(/is not valid JSON .*config\.schema\.json/)
    expect(() => loadConfig(dir, {}, { config: 'missing.json' })).toThrow(/cannot read config missing\.json: ENOENT.*; check the --config path/)
    expect(() => loadConfig(dir, {}, { config: 'x.json', noConfig: true })).toThrow(/--config and --no-config contradict/)
  })
})

describe('flags and config', () => {
  it('has a flag for every key of the config schema', () => {
    const keys: string[] = []
    for (const [name, schema] of Object.entries((CONFIG_SCHEMA as any).properties)) {
      // $schema is for editors; watch's options are chainseal watch's flags, its rules config only.
      if (name === '$schema' || name === 'watch') continue
      const properties = (schema as any).properties
      if (properties) for (const key of Object.keys(properties)) keys.push(`${name}.${key}`)
      else keys.push(name)
    }
    // Structured, as in a rules file: on the command line an allowlist comes in one (--rules).
    keys.splice(keys.indexOf('scan.allowlist'), 1)
    const flagged = new Set(CHECK_FLAGS.map((f) => f.key.join('.')))
    expect(keys.filter((k) => !flagged.has(k))).toEqual([])
    // And every section can be turned on and off.
    for (const section of ['manifest', 'signature', 'deps', 'scan']) expect(CHECK_FLAGS.some((f) => f.key.join('.') === section && f.kind === 'false')).toBe(true)
  })

  it('lays flags over the file key by key; a section turned off stays off', () => {
    const file = { failOn: 'low' as const, manifest: { mode: 'create' as const, paths: ['dist'] }, scan: { exclude: ['dist/**'] }, deps: true }
    const flags = configFromFlags({ 'fail-on': 'critical', mode: 'verify', 'no-deps': true, 'scan-exclude': ['vendor/**'], 'max-file-size': '2k' }, '/w', '/w')
    expect(mergeConfig(file, flags)).toEqual({
      failOn: 'critical',
      manifest: { mode: 'verify', paths: ['dist'] },
      scan: { exclude: ['vendor/**'], maxFileSize: 2048 },
      deps: false,
    })
    // An option of a section turns it on; --no-<section> beside it wins.
    expect(configFromFlags({ lockfile: ['a/package-lock.json'] }, '/w', '/w')).toEqual({ deps: { lockfiles: ['a/package-lock.json'] } })
    expect(configFromFlags({ lockfile: ['x'], 'no-deps': true }, '/w', '/w')).toEqual({ deps: false })
  })

  it('makes flag paths absolute when the config lives in another directory, and names the flag in errors', () => {
    expect(configFromFlags({ manifest: 'm.json', key: '/k.pub', 'scan-exclude': ['x/**'] }, '/w/sub', '/w')).toEqual({
      manifest: { file: '/w/sub/m.json' },
      signature: { key: '/k.pub' },
      scan: { exclude: ['x/**'] },
    })
    expect(() => configFromFlags({ mode: 'sideways' }, '/w', '/w')).toThrow(/^a flag is not valid: --mode must be create or verify.*\(found "sideways"\)/)
    expect(() => configFromFlags({ concurrency: '0' }, '/w', '/w')).toThrow(/--concurrency must be >= 1/)
    expect(() => configFromFlags({ 'max-file-size': 'lots' }, '/w', '/w')).toThrow(/--max-file-size must be a size in bytes/)
  })
})
