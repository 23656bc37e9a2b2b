import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseNpmLockfile } from '../../src/deps/npm-lockfile.ts'
import { RegistryClient } from '../../src/deps/registry.ts'
import { startRegistry, type Published, type RegistryOptions, type TestRegistry } from '../helpers/registry.ts'
import { startProxy } from '../helpers/proxy.ts'
import { makeCertificates } from '../helpers/tls.ts'
import { REPO, cli, tempDir } from '../helpers/tree.ts'

const registries: TestRegistry[] = []
afterEach(async () => {
  await Promise.all(registries.splice(0).map((r) => r.close()))
})

async function registry(packages: Published[], options?: RegistryOptions) {
  const r = await startRegistry(packages, options)
  registries.push(r)
  return r
}

const PACKAGES: Published[] = [
  { name: 'left-pad', version: '1.3.0' },
  { name: '@acme/util', version: '2.1.0' },
  { name: 'nested', version: '0.2.0' },
]

/** A v3 lockfile of PACKAGES as npm would lock them from `r`, with `edit` applied to entries. */
function project(r: TestRegistry, edit: (entries: Record<string, any>) => void = () => {}, npmrc?: string): string {
  const dir = tempDir()
  const entries: Record<string, any> = {
    '': { name: 'app', version: '1.0.0' },
    'node_modules/left-pad': { version: '1.3.0', resolved: r.tarballUrl('left-pad', '1.3.0'), integrity: r.integrityOf('left-pad', '1.3.0') },
    'node_modules/@acme/util': { version: '2.1.0', resolved: r.tarballUrl('@acme/util', '2.1.0'), integrity: r.integrityOf('@acme/util', '2.1.0'), dev: true },
    'node_modules/@acme/util/node_modules/nested': { version: '0.2.0', resolved: r.tarballUrl('nested', '0.2.0'), integrity: r.integrityOf('nested', '0.2.0') },
    'node_modules/local': { resolved: 'packages/local', link: true },
    'packages/local': { version: '0.0.0' },
  }
  edit(entries)
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, packages: entries }, null, 2))
  if (npmrc !== undefined) writeFileSync(join(dir, '.npmrc'), npmrc)
  return dir
}

async function deps(dir: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = await cli(['deps', '--format', 'json', ...args], dir, { HOME: dir, ...env })
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined }
}

const rules = (report: any) => report.findings.map((f: any) => f.ruleId)

describe('chainseal deps against a registry on 127.0.0.1', () => {
  it('passes a lockfile whose every package is what the registry publishes, counting what it skipped', async () => {
    const r = await registry(PACKAGES)
    const { exitStatus, report } = await deps(project(r), ['--registry', r.url])
    expect(report.findings).toEqual([])
    expect(exitStatus).toBe(0)
    expect(report.stats).toMatchObject({ packages: 5, checked: 3, verified: 3, skippedLink: 1, skippedWorkspace: 1 })
  })

  it('finds an integrity the registry does not serve for that name and version: critical, exit 1', async () => {
    const r = await registry([...PACKAGES.slice(1), { name: 'left-pad', version: '1.3.0', integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64') }])
    const { exitStatus, report } = await deps(project(r), ['--registry', r.url])
    expect(exitStatus).toBe(1)
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'deps/integrity-mismatch', severity: 'critical', message: expect.stringContaining('left-pad@1.3.0 at node_modules/left-pad: locked sha512') }),
    ])
  })

  it('finds a version the registry does not have', async () => {
    const r = await registry(PACKAGES.filter((p) => p.name !== 'nested'))
    const { report } = await deps(project(r), ['--registry', r.url])
    expect(rules(report)).toEqual(['deps/version-missing'])
  })

  it('finds a lockfile pointing at another host, over http, or at another package', async () => {
    const r = await registry(PACKAGES)
    const dir = project(r, (e) => {
      e['node_modules/left-pad'].resolved = 'http://evil.example.com/left-pad/-/left-pad-1.3.0.tgz'
      e['node_modules/@acme/util'].resolved = r.tarballUrl('@acme/evil', '2.1.0')
      e['node_modules/@acme/util/node_modules/nested'].resolved = `${r.url}nested/-/../../evil/-/nested-0.2.0.tgz`
    })
    const { exitStatus, report } = await deps(dir, ['--registry', r.url])
    expect(exitStatus).toBe(1)
    expect(report.findings.map((f: any) => `${f.ruleId} ${f.message.split(':')[0]}`).sort()).toEqual([
      'deps/insecure-url left-pad@1.3.0 at node_modules/left-pad',
      'deps/resolved-mismatch @acme/util@2.1.0 at node_modules/@acme/util',
      'deps/resolved-mismatch nested@0.2.0 at node_modules/@acme/util/node_modules/nested',
      'deps/untrusted-host left-pad@1.3.0 at node_modules/left-pad',
    ])
  })

  it('accepts a host given with --allow-host', async () => {
    const r = await registry(PACKAGES)
    const dir = project(r, (e) => {
      e['node_modules/left-pad'].resolved = 'https://mirror.example.com/left-pad/-/left-pad-1.3.0.tgz'
    })
    expect(rules((await deps(dir, ['--registry', r.url])).report)).toEqual(['deps/untrusted-host'])
    expect(rules((await deps(dir, ['--registry', r.url, '--allow-host', 'mirror.example.com'])).report)).toEqual([])
  })

  it('finds a missing integrity, and a SHA-1 one, which it still checks against the shasum', async () => {
    const r = await registry([PACKAGES[0]!, PACKAGES[1]!, { ...PACKAGES[2]!, shasumOnly: true }])
    const sha1 = (text: string) => 'sha1-' + createHash('sha1').update(text).digest('base64')
    const dir = project(r, (e) => {
      delete e['node_modules/left-pad'].integrity
      e['node_modules/@acme/util/node_modules/nested'].integrity = sha1('tarball of nested@0.2.0')
    })
    const { report } = await deps(dir, ['--registry', r.url])
    expect(report.findings.map((f: any) => [f.ruleId, f.severity])).toEqual([
      ['deps/integrity-missing', 'high'],
      ['deps/weak-integrity', 'medium'],
    ])
    expect(report.stats.verified).toBe(2) // util, and nested by its SHA-1
    const tampered = project(r, (e) => {
      e['node_modules/@acme/util/node_modules/nested'].integrity = sha1('something else')
    })
    expect(rules((await deps(tampered, ['--registry', r.url])).report)).toEqual(['deps/integrity-mismatch', 'deps/weak-integrity'])
  })

  it("verifies this project's own lockfile, one request per package, against a registry serving it", async () => {
    const lock = parseNpmLockfile(readFileSync(join(REPO, 'package-lock.json'), 'utf8'), 'package-lock.json')
    const r = await registry(lock.packages.map((p) => ({ name: p.name, version: p.version, integrity: p.integrity! })))
    const dir = tempDir()
    const text = readFileSync(join(REPO, 'package-lock.json'), 'utf8').replaceAll('https://registry.npmjs.org/', r.url)
    writeFileSync(join(dir, 'package-lock.json'), text)
    const { exitStatus, report } = await deps(dir, ['--registry', r.url])
    expect(report.findings).toEqual([])
    expect(exitStatus).toBe(0)
    expect(report.stats.verified).toBe(lock.packages.length)
    // One per name@version, and one for the registry's signing keys.
    expect(report.stats.requests).toBe(new Set(lock.packages.map((p) => `${p.name}@${p.version}`)).size + 1)
  })

  it('verifies registry signatures over the locked integrity, and counts them skipped when the registry has no keys', async () => {
    const signing = await registry(PACKAGES, { sign: true })
    const signed = await deps(project(signing), ['--registry', signing.url])
    expect(signed.exitStatus).toBe(0)
    expect(signed.report.stats).toMatchObject({ signaturesVerified: 3, signaturesSkipped: 0 })
    const plain = await registry(PACKAGES)
    expect((await deps(project(plain), ['--registry', plain.url])).report.stats).toMatchObject({ signaturesVerified: 0, signaturesSkipped: 3 })
  })

  it('finds a version the signing registry left unsigned, and a signature that does not cover the locked integrity', async () => {
    const r = await registry([PACKAGES[0]!, { ...PACKAGES[1]!, unsigned: true }, PACKAGES[2]!], { sign: true })
    // A lockfile whose integrity was swapped for another that the (compromised) registry also serves:
    // the registry's signature was made over the genuine integrity, so it does not verify.
    const forged = 'sha512-' + Buffer.alloc(64, 7).toString('base64')
    const dir = project(r, (e) => {
      e['node_modules/@acme/util/node_modules/nested'].integrity = forged
    })
    const { exitStatus, report } = await deps(dir, ['--registry', r.url])
    expect(exitStatus).toBe(1)
    expect(report.findings.map((f: any) => [f.ruleId, f.message.split(':')[0]])).toEqual([
      ['deps/integrity-mismatch', 'nested@0.2.0 at node_modules/@acme/util/node_modules/nested'],
      ['deps/signature-invalid', 'nested@0.2.0 at node_modules/@acme/util/node_modules/nested'],
      ['deps/signature-missing', '@acme/util@2.1.0 at node_modules/@acme/util'],
    ])
  })

  it('with --tarballs, finds a registry serving another file than its metadata says', async () => {
    const r = await registry([PACKAGES[0]!, PACKAGES[1]!, { ...PACKAGES[2]!, servedTarball: Buffer.from('not what was published') }])
    const dir = project(r)
    expect((await deps(dir, ['--registry', r.url])).exitStatus).toBe(0) // the metadata alone agrees
    const { exitStatus, report } = await deps(dir, ['--registry', r.url, '--tarballs'])
    expect(exitStatus).toBe(1)
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'deps/tarball-mismatch', severity: 'critical', message: expect.stringContaining('nested@0.2.0') })])
    expect(report.stats.tarballsVerified).toBe(2)
  })

  it('with --tarballs, follows a registry that sends tarballs from another host, without its token, and still checks them', async () => {
    const blobs = await registry([PACKAGES[0]!, PACKAGES[1]!, { ...PACKAGES[2]!, servedTarball: Buffer.from('not what was published') }])
    const r = await registry(PACKAGES, { redirectTarballsTo: blobs.url, requireAuth: 'Bearer registry-only' })
    const host = new URL(r.url).host
    const dir = project(r, undefined, `//${host}/:_authToken=registry-only\n`)
    const { exitStatus, report } = await deps(dir, ['--registry', r.url, '--tarballs'])
    expect(exitStatus).toBe(1)
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'deps/tarball-mismatch', message: expect.stringContaining('nested@0.2.0') })])
    expect(report.stats.tarballsVerified).toBe(2)
    expect(blobs.requests.filter((u) => u.endsWith('.tgz'))).toHaveLength(3)
    expect(blobs.authorizations).toEqual(blobs.requests.map(() => undefined)) // the token stays with its registry
  })

  it('with --tarballs, refuses a redirect loop (exit 2) instead of following it forever', async () => {
    const options: RegistryOptions = {}
    const r = await registry(PACKAGES, options)
    options.redirectTarballsTo = r.url // read on each request: every tarball sends back to itself
    const { exitStatus, stderr } = await deps(project(r), ['--registry', r.url, '--tarballs'])
    expect([exitStatus, stderr]).toEqual([2, expect.stringMatching(/redirected the tarball of .* which is not followed \(more than 5 redirects\)/)])
  })

  it('over https, trusts a private certificate authority that .npmrc names (cafile, or ca inline), and no other', async () => {
    const certificates = await makeCertificates()
    const r = await registry(PACKAGES, { tls: certificates })
    const trusted = project(r, undefined, 'cafile=certs/ca.pem\n')
    mkdirSync(join(trusted, 'certs'))
    writeFileSync(join(trusted, 'certs/ca.pem'), certificates.ca)
    const passed = await deps(trusted, ['--registry', r.url])
    expect([passed.exitStatus, passed.report.stats.verified]).toEqual([0, 3])
    // npm's inline form: one line, newlines written as \n.
    const inline = await deps(project(r, undefined, `ca="${certificates.ca.trim().replace(/\n/g, '\\n')}"\n`), ['--registry', r.url])
    expect([inline.exitStatus, inline.report.stats.verified]).toEqual([0, 3])
    const requests = r.requests.length
    const untrusted = await deps(project(r), ['--registry', r.url])
    expect([untrusted.exitStatus, untrusted.stderr]).toEqual([2, expect.stringMatching(/its TLS certificate is not trusted \([A-Z_]+\); .* cafile=PATH, or in NODE_EXTRA_CA_CERTS/)])
    expect(r.requests.length).toBe(requests) // nothing was sent over the connection it refused
    const missing = await deps(project(r, undefined, 'cafile=nowhere.pem\n'), ['--registry', r.url])
    expect([missing.exitStatus, missing.stderr]).toEqual([2, expect.stringMatching(/cannot read the cafile .*nowhere\.pem that .*\.npmrc names: ENOENT/)])
  })

  it('refuses a cafile or an inline ca that holds no certificate (exit 2), and takes ca=null back to the system authorities', async () => {
    const certificates = await makeCertificates()
    const r = await registry(PACKAGES, { tls: certificates })
    const garbage = project(r, undefined, 'cafile=ca.pem\n')
    writeFileSync(join(garbage, 'ca.pem'), 'not a certificate\n')
    const file = await deps(garbage, ['--registry', r.url])
    expect([file.exitStatus, file.stderr]).toEqual([2, expect.stringMatching(/the cafile .*ca\.pem that .*\.npmrc names holds no PEM certificate/)])
    const inline = await deps(project(r, undefined, 'ca=garbage\n'), ['--registry', r.url])
    expect([inline.exitStatus, inline.stderr]).toEqual([2, expect.stringMatching(/the ca in .*\.npmrc holds no PEM certificate/)])
    const reset = project(r, undefined, 'cafile=ca.pem\nca=null\n')
    writeFileSync(join(reset, 'ca.pem'), certificates.ca)
    const untrusted = await deps(reset, ['--registry', r.url])
    expect([untrusted.exitStatus, untrusted.stderr]).toEqual([2, expect.stringContaining('its TLS certificate is not trusted')])
    expect(r.requests).toEqual([])
  })

  it('with --tarballs, refuses a redirect from https to http', async () => {
    const certificates = await makeCertificates()
    const plain = await registry(PACKAGES)
    const r = await registry(PACKAGES, { tls: certificates, redirectTarballsTo: plain.url })
    const dir = project(r, undefined, 'cafile=ca.pem\n')
    writeFileSync(join(dir, 'ca.pem'), certificates.ca)
    const { exitStatus, stderr } = await deps(dir, ['--registry', r.url, '--tarballs'])
    expect([exitStatus, stderr]).toEqual([2, expect.stringMatching(/redirected the tarball of .* to http:\/\/127\.0\.0\.1:.* which is not followed \(https must not lead to http\)/)])
    expect(plain.requests.filter((u) => u.endsWith('.tgz'))).toEqual([])
  })

  it('reaches an https registry through the proxy .npmrc names (a CONNECT tunnel; TLS still checked end to end), and an http one through proxy=', async () => {
    const proxy = await startProxy()
    try {
      const certificates = await makeCertificates()
      const r = await registry(PACKAGES, { tls: certificates })
      const dir = project(r, undefined, `cafile=ca.pem\nhttps-proxy=${proxy.url}\n`)
      writeFileSync(join(dir, 'ca.pem'), certificates.ca)
      const passed = await deps(dir, ['--registry', r.url])
      expect([passed.exitStatus, passed.report.stats.verified]).toEqual([0, 3])
      expect(proxy.tunnels).toContain(new URL(r.url).host)
      // Through the tunnel, the registry's certificate is still checked against the cafile.
      const untrusted = await deps(project(r, undefined, `https-proxy=${proxy.url}\n`), ['--registry', r.url])
      expect([untrusted.exitStatus, untrusted.stderr]).toEqual([2, expect.stringContaining('its TLS certificate is not trusted')])

      const plain = await registry(PACKAGES)
      const viaHttp = await deps(project(plain, undefined, `proxy=${proxy.url}\n`), ['--registry', plain.url])
      expect([viaHttp.exitStatus, viaHttp.report.stats.verified]).toEqual([0, 3])
      expect(proxy.forwarded.filter((u) => u.startsWith(plain.url))).toHaveLength(plain.requests.length)
    } finally {
      await proxy.close()
    }
  })

  it('takes the proxy from the environment as npm does, goes direct to the hosts noproxy lists, and names a proxy it cannot reach', async () => {
    const proxy = await startProxy()
    try {
      const r = await registry(PACKAGES)
      const fromEnv = await deps(project(r), ['--registry', r.url], { HTTP_PROXY: proxy.url })
      expect(fromEnv.exitStatus).toBe(0)
      expect(proxy.forwarded).toHaveLength(r.requests.length)
      const direct = await deps(project(r, undefined, 'noproxy=127.0.0.1\n'), ['--registry', r.url], { HTTP_PROXY: proxy.url })
      expect(direct.exitStatus).toBe(0)
      expect(proxy.forwarded).toHaveLength(fromEnv.report.stats.requests) // nothing more went through it
      // .npmrc turns off what the environment set.
      const off = await deps(project(r, undefined, 'proxy=false\n'), ['--registry', r.url], { HTTP_PROXY: 'http://127.0.0.1:1' })
      expect(off.exitStatus).toBe(0)

      const requests = r.requests.length
      const down = await deps(project(r, undefined, 'proxy=http://user:secret@127.0.0.1:1\n'), ['--registry', r.url])
      expect([down.exitStatus, down.stderr]).toEqual([2, expect.stringMatching(/could not get .*ECONNREFUSED.* \(and the proxy http:\/\/127\.0\.0\.1:1\/, which .npmrc or the environment names\)/)])
      expect(down.stderr).not.toContain('secret')
      expect(r.requests).toHaveLength(requests)
      const bad = await deps(project(r, undefined, 'https-proxy=socks5://127.0.0.1:1080\n'), ['--registry', r.url])
      expect([bad.exitStatus, bad.stderr]).toEqual([2, expect.stringMatching(/https-proxy in .*\.npmrc must be an http\(s\) URL such as http:\/\/proxy\.example\.com:8080 \(got "socks5:\/\/127\.0\.0\.1:1080"\)/)])
    } finally {
      await proxy.close()
    }
  })

  it('retries a 429 and a 503, then passes', async () => {
    const r = await registry(PACKAGES, { failFirst: [429, 503] })
    const { exitStatus, report } = await deps(project(r), ['--registry', r.url, '--concurrency', '1'])
    expect(exitStatus).toBe(0)
    expect(report.stats.requests).toBe(6) // 3 versions, the keys, and the 2 refused
  })

  it('retries an answer cut off mid-body, and is an error when every answer is', async () => {
    const r = await registry(PACKAGES, { cutFirst: 2 })
    const { exitStatus, report } = await deps(project(r), ['--registry', r.url, '--concurrency', '1'])
    expect(report.findings).toEqual([])
    expect(exitStatus).toBe(0)
    expect(report.stats.requests).toBe(6) // 3 versions, the keys, and the 2 cut off

    const cut = await registry(PACKAGES, { cutFirst: 1000 })
    const broken = await deps(project(cut), ['--registry', cut.url])
    expect(broken.exitStatus).toBe(2)
    expect(broken.stderr).toMatch(/could not get .*: ECONNRESET, after 4 attempts/)
    expect(broken.report.status).toBe('error')
  })

  it('is an error, never a pass, when the registry cannot be reached', async () => {
    const r = await registry(PACKAGES)
    const dir = project(r)
    await r.close()
    registries.splice(registries.indexOf(r), 1)
    const { exitStatus, stderr, report } = await deps(dir, ['--registry', r.url])
    expect(exitStatus).toBe(2)
    expect(stderr).toMatch(/could not get .* from http:\/\/127\.0\.0\.1:\d+\/.*: ECONNREFUSED, after 4 attempts/)
    expect(report.status).toBe('error')
  })

  it('stops reading a document that never ends, or drips, instead of filling memory or waiting forever', async () => {
    // A server of its own: the test registry answers in full, and this one answers without end.
    const chunk = Buffer.alloc(1 << 20, 0x20)
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      if (request.url?.startsWith('/drip/')) {
        const drip = setInterval(() => response.write(' '), 50)
        return void response.on('close', () => clearInterval(drip))
      }
      const pump = () => {
        while (!response.destroyed && response.write(chunk));
        if (!response.destroyed) response.once('drain', pump)
      }
      pump()
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    try {
      const dir = tempDir()
      const entry = { version: '1.0.0', resolved: `${url}x/-/x-1.0.0.tgz`, integrity: `sha512-${createHash('sha512').update('x').digest('base64')}` }
      writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/x': entry } }))
      const endless = await deps(dir, ['--registry', url])
      expect([endless.exitStatus, endless.stderr]).toEqual([2, expect.stringContaining('sent more than 32 MiB for')])
      const client = new RegistryClient({ registry: `${url}drip/`, scopes: new Map(), auth: new Map(), proxy: {} }, { timeoutMs: 300, retries: 0 })
      const started = performance.now()
      await expect(client.dist('x', '1.0.0')).rejects.toThrow(/could not get x@1\.0\.0 from .*: timed out, after 1 attempts/)
      expect(performance.now() - started).toBeLessThan(2000) // a byte every 50 ms never lets the socket fall silent
      client.close()
    } finally {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    }
  })

  it('is an error when the registry answers something other than JSON', async () => {
    const r = await registry(PACKAGES, { garbage: '<html>captive portal</html>' })
    const { exitStatus, stderr } = await deps(project(r), ['--registry', r.url])
    expect(exitStatus).toBe(2)
    expect(stderr).toContain('did not answer JSON')
  })

  it('sends the .npmrc token for the registry (with ${VAR} from the environment) and never prints it', async () => {
    const token = 'npm_SECRETTOKEN1234567890'
    const r = await registry(PACKAGES, { requireAuth: `Bearer ${token}` })
    const host = new URL(r.url).host
    const withToken = project(r, undefined, `registry=${r.url}\n//${host}/:_authToken=\${NPM_TOKEN}\n`)
    const ok = await deps(withToken, [], { NPM_TOKEN: token })
    expect(ok.exitStatus).toBe(0)
    const refused = await deps(withToken, [], { NPM_TOKEN: 'wrong' })
    expect(refused.exitStatus).toBe(2)
    expect(refused.stderr).toContain('HTTP 401): set an auth token for this registry in .npmrc')
    expect(ok.stdout + ok.stderr + refused.stdout + refused.stderr).not.toContain('SECRETTOKEN')
  })

  it('says what to do when there is no lockfile, or one of a name it does not read', async () => {
    const empty = tempDir()
    const none = await deps(empty)
    expect([none.exitStatus, none.stderr]).toEqual([2, expect.stringContaining('no lockfile in')])
    writeFileSync(join(empty, 'bun.lockb'), '')
    const other = await deps(empty, ['bun.lockb'])
    expect([other.exitStatus, other.stderr]).toEqual([2, expect.stringContaining('bun.lockb: chainseal reads lockfiles named npm-shrinkwrap.json, package-lock.json, yarn.lock, pnpm-lock.yaml')])
  })

  it.each([
    [['--concurrency', '0'], '--concurrency must be a whole number from 1 to 256 (got "0")'],
    [['--registry', 'ftp://x'], '--registry must be an http(s) URL'],
    [['gone/package-lock.json'], 'cannot read lockfile gone/package-lock.json: ENOENT'],
  ])('rejects %j with exit 2', async (args, message) => {
    const r = await registry(PACKAGES)
    const { exitStatus, stderr } = await deps(project(r), args)
    expect(exitStatus).toBe(2)
    expect(stderr).toContain(message)
  })
})
