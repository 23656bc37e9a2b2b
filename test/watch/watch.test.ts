import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { SMTPServer } from 'smtp-server'
import { afterEach, describe, expect, it } from 'vitest'
import { watchCommand, type WatchCommandOptions } from '../../src/commands/watch.ts'
import { EventLog, verifyLog, type LogRecord } from '../../src/watch/event-log.ts'
import { expandSample } from '../helpers/samples.ts'
import { REPO, cli, makeTree, tempDir } from '../helpers/tree.ts'

/** A shape, not a literal: this repository's own scan would rightly flag a token written out. */
const TWILIO_TOKEN = expandSample('{hex:32}', 'watch-test')

interface Running {
  dir: string
  events(): LogRecord[]
  waitFor(predicate: (events: LogRecord[]) => boolean, what: string, timeoutMs?: number): Promise<LogRecord[]>
  stop(): Promise<Awaited<ReturnType<typeof watchCommand>>>
}

const running: Running[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()))
})

/** A tree with its manifest (and store), watched in this process until stop(). */
async function watched(files: Record<string, string | Buffer>, options: Partial<WatchCommandOptions> = {}): Promise<Running> {
  const dir = makeTree(Object.fromEntries(Object.entries(files).map(([path, content]) => [`tree/${path}`, content])))
  const made = await cli(['manifest', 'tree', '--output', 'm.json', '--store', 'store'], dir)
  expect(made.exitStatus).toBe(0)
  return watchedDir(dir, options)
}

/** Watches the tree of `dir` against its m.json until stop(). */
async function watchedDir(dir: string, options: Partial<WatchCommandOptions> = {}): Promise<Running> {
  const abort = new AbortController()
  let ready!: () => void
  const isReady = new Promise<void>((done) => (ready = done))
  const done = watchCommand({
    cwd: dir,
    env: {},
    manifest: 'm.json',
    intervalMs: 0,
    debounceMs: 50,
    restore: false,
    log: 'events.log',
    webhooks: [],
    policy: { failOn: 'high' },
    signal: abort.signal,
    onReady: ready,
    ...options,
  })
  await Promise.race([isReady, done])
  const events = () => (existsSync(join(dir, 'events.log')) ? verifyLog(readFileSync(join(dir, 'events.log'), 'utf8')).records : [])
  let stopped: ReturnType<typeof watchCommand> | undefined
  const r: Running = {
    dir,
    events,
    async waitFor(predicate, what, timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs
      while (Date.now() < until) {
        if (predicate(events())) return events()
        await sleep(25)
      }
      throw new Error(`timed out waiting for ${what}; log: ${events().map((e) => `${e.kind} ${e.path ?? ''}`).join(', ')}`)
    },
    stop() {
      abort.abort()
      return (stopped ??= done)
    },
  }
  running.push(r)
  return r
}

const has = (kind: string, path?: string) => (events: LogRecord[]) => events.some((e) => e.kind === kind && (path === undefined || e.path === path))

describe('chainseal watch, on real filesystem events', () => {
  it('reports a modification, a chmod, a deletion, a creation and a rename, each as what it is', async () => {
    const w = await watched({ 'a.txt': 'alpha\n', 'b.txt': 'bravo\n', 'sub/c.txt': 'charlie\n', 'sub/d.txt': 'delta\n' })
    expect(w.events().map((e) => e.kind)).toEqual(['start', 'ready'])
    writeFileSync(join(w.dir, 'tree/a.txt'), 'tampered\n')
    const [modified] = (await w.waitFor(has('modified', 'tree/a.txt'), 'modified')).filter((e) => e.kind === 'modified')
    expect(modified).toMatchObject({ expected: { size: 6 }, found: { size: 9 } })
    chmodSync(join(w.dir, 'tree/b.txt'), 0o777)
    await w.waitFor(has('mode-changed', 'tree/b.txt'), 'mode-changed')
    rmSync(join(w.dir, 'tree/sub/c.txt'))
    await w.waitFor(has('deleted', 'tree/sub/c.txt'), 'deleted')
    writeFileSync(join(w.dir, 'tree/sub/new.txt'), 'who put this here\n')
    await w.waitFor(has('created', 'tree/sub/new.txt'), 'created')
    renameSync(join(w.dir, 'tree/sub/d.txt'), join(w.dir, 'tree/d-moved.txt'))
    const events = await w.waitFor(has('renamed', 'tree/d-moved.txt'), 'renamed')
    expect(events.find((e) => e.kind === 'renamed')).toMatchObject({ from: 'tree/sub/d.txt' })
    // Each change once: repeated events for one write are not repeated alerts.
    expect(events.filter((e) => e.kind === 'modified')).toHaveLength(1)
    const report = await w.stop()
    expect(report.stats).toMatchObject({ changes: 5 })
    expect(verifyLog(readFileSync(join(w.dir, 'events.log'), 'utf8')).breaks).toEqual([])
  })

  it('reports at startup what changed while nobody watched, and catches a burst of 10,000 changes', async () => {
    const files = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`old/${i}.txt`, `old ${i}\n`]))
    const dir = makeTree(Object.fromEntries(Object.entries(files).map(([p, c]) => [`tree/${p}`, c])))
    expect((await cli(['manifest', 'tree', '--output', 'm.json'], dir)).exitStatus).toBe(0)
    writeFileSync(join(dir, 'tree/old/0.txt'), 'changed before the watch\n')
    const w = await watchedDir(dir)
    const events = w.events
    expect(events().filter((e) => e.kind === 'modified').map((e) => e.path)).toEqual(['tree/old/0.txt'])

    // 10,000 changes: 5,000 new files in the watched directory, 4,800 in 48 new directories, and
    // every one of the 200 files rewritten.
    for (let f = 0; f < 5_000; f++) writeFileSync(join(dir, `tree/old/new-${f}.txt`), `${f}\n`)
    for (let d = 0; d < 48; d++) {
      mkdirSync(join(dir, `tree/new/${d}`), { recursive: true })
      for (let f = 0; f < 100; f++) writeFileSync(join(dir, `tree/new/${d}/${f}.txt`), `${d}/${f}\n`)
    }
    for (let i = 0; i < 200; i++) appendFileSync(join(dir, `tree/old/${i}.txt`), 'more\n')
    await w.waitFor((seen) => seen.filter((e) => e.kind === 'created').length >= 9_800 && seen.filter((e) => e.kind === 'modified').length >= 200, '10,000 changes', 60_000)
    await w.stop()
    const seen = events()
    expect(seen.filter((e) => e.kind === 'created')).toHaveLength(9_800)
    // The one modified before the watch was reported at startup and is not reported again.
    expect(new Set(seen.filter((e) => e.kind === 'modified').map((e) => e.path)).size).toBe(200)
    expect(verifyLog(readFileSync(join(dir, 'events.log'), 'utf8')).breaks).toEqual([])
  }, 90_000)

  it('restores the exact bytes and mode from the store, keeping the unauthorized version as evidence', async () => {
    const original = randomBytes(100_000)
    const w = await watched({ 'bin/app': original, 'conf/app.ini': 'secure = true\n' }, { restore: true, store: 'store' })
    writeFileSync(join(w.dir, 'tree/bin/app'), 'backdoored')
    rmSync(join(w.dir, 'tree/conf/app.ini'))
    await w.waitFor((e) => has('restored', 'tree/bin/app')(e) && has('restored', 'tree/conf/app.ini')(e), 'both restored')
    expect(readFileSync(join(w.dir, 'tree/bin/app')).equals(original)).toBe(true)
    expect(readFileSync(join(w.dir, 'tree/conf/app.ini'), 'utf8')).toBe('secure = true\n')
    const evidence = w.events().find((e) => e.kind === 'restored' && e.path === 'tree/bin/app')!.evidence as string
    expect(readFileSync(evidence, 'utf8')).toBe('backdoored')
    // The restore itself is seen as the tree returning to the manifest, not as a new change.
    await w.waitFor(has('reverted', 'tree/bin/app'), 'reverted')
    expect((await cli(['verify', 'm.json'], w.dir)).exitStatus).toBe(0)
  })

  it('never restores or quarantines through a directory swapped for a symlink', async () => {
    const outside = tempDir()
    const w = await watched({ 'conf/app.ini': 'secure = true\n', 'www/index.html': 'home\n' }, { restore: true, store: 'store' })
    rmSync(join(w.dir, 'tree/conf'), { recursive: true })
    writeFileSync(join(outside, 'planted.txt'), 'outside the root\n')
    symlinkSync(outside, join(w.dir, 'tree/conf'))
    const events = await w.waitFor(has('restore-failed', 'tree/conf/app.ini'), 'the refused restore')
    expect(events.find((e) => e.kind === 'restore-failed')!.reason).toContain('a directory above it is a symlink')
    expect(events.find((e) => e.kind === 'finding' && e.path === 'tree/conf')).toMatchObject({ ruleId: 'integrity/symlink-escape' })
    // Nothing was written into the directory the link points to.
    expect(readdirSync(outside)).toEqual(['planted.txt'])
  })

  it('never restores bytes whose digest does not match, and says so', async () => {
    const w = await watched({ 'a.txt': 'the real one\n' }, { restore: true, store: 'store' })
    const digest = (JSON.parse(readFileSync(join(w.dir, 'm.json'), 'utf8')).entries[0].digest as string)
    writeFileSync(join(w.dir, 'store/sha256', digest.slice(0, 2), digest), 'a corrupted backup\n')
    writeFileSync(join(w.dir, 'tree/a.txt'), 'tampered\n')
    const events = await w.waitFor(has('restore-failed', 'tree/a.txt'), 'restore-failed')
    expect(events.find((e) => e.kind === 'restore-failed')!.reason).toContain('no intact copy')
    expect(readFileSync(join(w.dir, 'tree/a.txt'), 'utf8')).toBe('tampered\n')
  })

  it('quarantines exactly the files the manifest does not list, with their metadata', async () => {
    const w = await watched({ 'www/index.html': '<h1>hi</h1>\n' }, { quarantine: 'quarantine' })
    writeFileSync(join(w.dir, 'tree/www/shell.php'), '<?php system($_GET["c"]);\n')
    writeFileSync(join(w.dir, 'tree/www/index.html'), '<h1>defaced</h1>\n')
    await w.waitFor((e) => has('quarantined', 'tree/www/shell.php')(e) && has('modified', 'tree/www/index.html')(e), 'quarantine')
    expect(readdirSync(join(w.dir, 'tree/www'))).toEqual(['index.html'])
    const kept = readdirSync(join(w.dir, 'quarantine')).sort()
    expect(kept).toHaveLength(2)
    expect(readFileSync(join(w.dir, 'quarantine', kept[0]!), 'utf8')).toBe('<?php system($_GET["c"]);\n')
    expect(JSON.parse(readFileSync(join(w.dir, 'quarantine', kept[1]!), 'utf8'))).toMatchObject({ path: 'tree/www/shell.php', size: 26, digest: expect.stringMatching(/^[0-9a-f]{64}$/) })
  })

  it('follows the config\'s per-path rules before --restore and --quarantine', async () => {
    const w = await watched(
      { 'www/index.html': 'home\n', 'uploads/a.jpg': 'jpeg\n', 'etc/app.conf': 'conf\n' },
      {
        store: 'store',
        quarantine: 'quarantine',
        rules: [
          { paths: ['tree/uploads/**'], action: 'alert' },
          { paths: ['tree/www/**'], action: 'restore' },
        ],
      },
    )
    writeFileSync(join(w.dir, 'tree/www/index.html'), 'defaced\n')
    writeFileSync(join(w.dir, 'tree/www/shell.php'), '<?php\n')
    writeFileSync(join(w.dir, 'tree/uploads/b.jpg'), 'new upload\n')
    writeFileSync(join(w.dir, 'tree/etc/dropped'), 'new\n')
    writeFileSync(join(w.dir, 'tree/etc/app.conf'), 'changed\n')
    await w.waitFor((e) => ['tree/www/index.html', 'tree/www/shell.php', 'tree/etc/dropped'].every((p) => e.some((x) => (x.kind === 'restored' || x.kind === 'quarantined') && x.path === p)), 'the actions')
    await w.waitFor((e) => has('created', 'tree/uploads/b.jpg')(e) && has('modified', 'tree/etc/app.conf')(e), 'the alerts')
    expect(readFileSync(join(w.dir, 'tree/www/index.html'), 'utf8')).toBe('home\n')
    // Alert only under uploads/; without a rule, --quarantine applies and --restore (not given) does not.
    expect(readdirSync(join(w.dir, 'tree/uploads')).sort()).toEqual(['a.jpg', 'b.jpg'])
    expect(readFileSync(join(w.dir, 'tree/etc/app.conf'), 'utf8')).toBe('changed\n')
    expect(existsSync(join(w.dir, 'tree/etc/dropped'))).toBe(false)
    expect(w.events().filter((e) => e.kind === 'quarantined').map((e) => e.path).sort()).toEqual(['tree/etc/dropped', 'tree/www/shell.php'])
  })

  it('accepts authorized changes after manifest --update, and reports the next one', async () => {
    const dir = makeTree({ 'tree/a.txt': 'v1\n', 'tree/b.txt': 'b\n' })
    expect((await cli(['manifest', 'tree', '--output', 'm.json'], dir)).exitStatus).toBe(0)
    writeFileSync(join(dir, 'tree/a.txt'), 'v2\n')
    writeFileSync(join(dir, 'tree/c.txt'), 'c\n')
    rmSync(join(dir, 'tree/b.txt'))
    expect((await cli(['verify', 'm.json'], dir)).exitStatus).toBe(1)
    const updated = await cli(['manifest', '--update', 'm.json', 'tree/a.txt', 'tree/b.txt', 'tree/c.txt'], dir)
    expect([updated.exitStatus, updated.stdout]).toEqual([0, expect.stringContaining('updated 3')])
    expect((await cli(['verify', 'm.json'], dir)).exitStatus).toBe(0)
    expect((await cli(['manifest', '--update', 'm.json', 'elsewhere'], dir)).stderr).toMatch(/elsewhere is outside the paths m\.json covers/)
    // The watch now takes the new state as the baseline, and the next change as a change.
    const w = await watchedDir(dir)
    writeFileSync(join(dir, 'tree/c.txt'), 'c, changed\n')
    await w.waitFor(has('modified', 'tree/c.txt'), 'the next change')
    expect(w.events().filter((e) => ['modified', 'created', 'deleted'].includes(e.kind))).toHaveLength(1)
  })
})

describe('alerts', () => {
  it('posts one webhook alert for a mass change, Slack-compatible too, and survives an unreachable one', async () => {
    const received: { path: string; body: any }[] = []
    const server = createServer((req: IncomingMessage, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(body) })
        res.writeHead(200).end('ok')
      })
    })
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}.txt`, `${i}\n`]))
      const w = await watched(files, {
        webhooks: [
          { url: `${url}/json`, format: 'json' },
          { url: `${url}/services/T000/B000/XXXX`, format: 'slack' },
          { url: 'http://127.0.0.1:1/nobody-listens', format: 'json' },
        ],
        alertPolicy: { windowMs: 2_000, critical: 100, retryMs: 10, attempts: 2 },
      })
      for (let i = 0; i < 300; i++) writeFileSync(join(w.dir, `tree/f${i}.txt`), 'mass change\n')
      await w.waitFor((e) => e.filter((x) => x.kind === 'modified').length === 300, 'all modifications')
      await w.waitFor((e) => e.filter((x) => x.kind === 'alert-failed').length >= 1, 'the unreachable webhook to fail')
      // The monitor goes on after a failed alert.
      rmSync(join(w.dir, 'tree/f0.txt'))
      await w.waitFor(has('deleted', 'tree/f0.txt'), 'a later change')
      await w.stop()
      const json = received.filter((r) => r.path === '/json')
      // 300 changes, 1 later: the first batch at once, the rest gathered into the window's one alert.
      expect(json.length).toBeLessThanOrEqual(3)
      expect(json.reduce((n, r) => n + r.body.events, 0)).toBe(301)
      expect(json.some((r) => r.body.severity === 'critical')).toBe(true)
      expect(json[0]!.body).toMatchObject({ source: 'chainseal', byKind: expect.any(Object), sample: expect.any(Array) })
      expect(received.find((r) => r.path.startsWith('/services/'))!.body.text).toMatch(/^chainseal (warning|critical): \d+ unauthorized changes? under /)
      // The webhook's secret path is never written to the log.
      expect(readFileSync(join(w.dir, 'events.log'), 'utf8')).not.toContain('XXXX')
    } finally {
      server.close()
    }
  }, 30_000)

  it('mails an alert through an SMTP server, and texts it through a Twilio-style API', async () => {
    const mails: string[] = []
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let text = ''
        stream.on('data', (c) => (text += c))
        stream.on('end', () => {
          mails.push(text)
          callback()
        })
      },
    })
    await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done))
    const smtpPort = (smtp.server.address() as AddressInfo).port
    const texts: { path: string; auth: string; form: URLSearchParams }[] = []
    const twilio = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => (body += c))
      req.on('end', () => {
        texts.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', form: new URLSearchParams(body) })
        res.writeHead(201, { 'content-type': 'application/json' }).end('{"sid":"SM1"}')
      })
    })
    await new Promise<void>((done) => twilio.listen(0, '127.0.0.1', done))
    try {
      const w = await watched(
        { 'a.txt': 'a\n' },
        {
          env: { TWILIO_ACCOUNT_SID: 'AC123', TWILIO_AUTH_TOKEN: TWILIO_TOKEN },
          email: { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, from: 'chainseal@example.test', to: ['ops@example.test'] },
          sms: { api: `http://127.0.0.1:${(twilio.address() as AddressInfo).port}`, from: '+15005550006', to: ['+15551234567'] },
        },
      )
      writeFileSync(join(w.dir, 'tree/a.txt'), 'changed\n')
      await w.waitFor((e) => e.filter((x) => x.kind === 'alert-sent').length === 2, 'mail and SMS sent')
      expect(mails[0]).toMatch(/Subject: \[chainseal\] warning: 1 change under /)
      expect(mails[0]).toContain('modified\ttree/a.txt')
      expect(texts[0]!.path).toBe('/2010-04-01/Accounts/AC123/Messages.json')
      expect(texts[0]!.auth).toBe(`Basic ${Buffer.from(`AC123:${TWILIO_TOKEN}`).toString('base64')}`)
      expect(Object.fromEntries(texts[0]!.form)).toMatchObject({ To: '+15551234567', From: '+15005550006', Body: expect.stringContaining('modified tree/a.txt') })
    } finally {
      await new Promise<void>((done) => smtp.close(() => done()))
      twilio.close()
    }
  })
})

describe('the event log', () => {
  it('detects an edited, a deleted and a reordered line', () => {
    const file = join(tempDir(), 'events.log')
    const log = new EventLog(file)
    for (const path of ['a', 'b', 'c', 'd']) log.append({ kind: 'modified', path })
    log.close()
    // Continued by a later run: the chain carries on from the last line.
    const again = new EventLog(file)
    again.append({ kind: 'deleted', path: 'e' })
    again.close()
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n')
    expect(verifyLog(lines.join('\n')).breaks).toEqual([])
    expect(verifyLog(lines.join('\n')).records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])

    const edited = [...lines]
    edited[1] = edited[1]!.replace('"path":"b"', '"path":"x"')
    expect(verifyLog(edited.join('\n')).breaks).toEqual([{ line: 2, reason: 'was edited: its hash does not match its content' }])
    const deleted = lines.filter((_, i) => i !== 2)
    expect(verifyLog(deleted.join('\n')).breaks[0]).toMatchObject({ line: 3, reason: expect.stringContaining('does not follow the line before it') })
    const reordered = [lines[0]!, lines[2]!, lines[1]!, lines[3]!, lines[4]!]
    expect(verifyLog(reordered.join('\n')).breaks.map((b) => b.line)).toEqual([2, 3, 4])
  })

  it('log verify and log summary report on a log, and fail on a broken one', async () => {
    const dir = tempDir()
    const log = new EventLog(join(dir, 'events.log'))
    for (const [kind, path] of [['modified', 'a'], ['modified', 'a'], ['deleted', 'b'], ['created', 'c']]) log.append({ kind: kind!, path: path! })
    log.close()
    const verified = await cli(['log', 'verify', 'events.log'], dir)
    expect([verified.exitStatus, verified.stdout]).toEqual([0, expect.stringContaining('records 4')])
    const summary = await cli(['log', 'summary', 'events.log', '--since', '7d', '--format', 'json'], dir)
    expect(JSON.parse(summary.stdout).stats).toMatchObject({ events: 4, modified: 2, deleted: 1, created: 1, paths: 'a (2), b (1), c (1)' })
    expect(JSON.parse((await cli(['log', 'summary', 'events.log', '--since', '2999-01-01', '--format', 'json'], dir)).stdout).stats.events).toBe(0)
    const text = readFileSync(join(dir, 'events.log'), 'utf8').split('\n')
    writeFileSync(join(dir, 'events.log'), [text[0], text[2], text[1], text[3], ''].join('\n'))
    const broken = await cli(['log', 'verify', 'events.log'], dir)
    expect([broken.exitStatus, broken.stdout]).toEqual([1, expect.stringContaining('log/chain-broken events.log:2')])
    // Records cut from the end leave a valid chain: only a head kept elsewhere shows it.
    // The head verify prints is the last record's hash: the value to keep elsewhere.
    const head = JSON.parse(text[3]!).hash
    expect(JSON.parse((await cli(['log', 'verify', 'events.log', '--format', 'json'], dir)).stdout).stats.head).toBe(head)
    const middle = JSON.parse(text[1]!).hash
    writeFileSync(join(dir, 'events.log'), [text[0], text[1], ''].join('\n'))
    expect((await cli(['log', 'verify', 'events.log'], dir)).exitStatus).toBe(0)
    const cut = await cli(['log', 'verify', 'events.log', '--head', head], dir)
    expect([cut.exitStatus, cut.stdout]).toEqual([1, expect.stringContaining(`log/head-missing events.log: record ${head.slice(0, 16)}… is not in the log`)])
    expect((await cli(['log', 'summary', 'events.log', '--head', middle], dir)).exitStatus).toBe(0) // a head from before the log grew
    const badHead = await cli(['log', 'verify', 'events.log', '--head', 'abc'], dir)
    expect([badHead.exitStatus, badHead.stderr]).toEqual([2, expect.stringContaining("--head must be a record's hash, 64 hex digits")])
    // The first record cut off breaks the chain at the new first line; an emptied log breaks nothing.
    writeFileSync(join(dir, 'events.log'), [text[1], text[2], text[3], ''].join('\n'))
    expect((await cli(['log', 'verify', 'events.log'], dir)).stdout).toContain('log/chain-broken events.log:1')
    writeFileSync(join(dir, 'events.log'), '')
    for (const action of ['verify', 'summary']) {
      const emptied = await cli(['log', action, 'events.log'], dir)
      expect([emptied.exitStatus, emptied.stdout]).toEqual([1, expect.stringContaining('high     log/empty events.log: the log holds no records')])
    }
    writeFileSync(join(dir, 'events.log'), [text[0], text[2], text[1], text[3], ''].join('\n'))
    // Durations as the watch flags take them: a bare number is seconds, so 0 is "from now on".
    expect(JSON.parse((await cli(['log', 'summary', 'events.log', '--since', '0', '--format', 'json'], dir)).stdout).stats.events).toBe(0)
    for (const since of ['last tuesday', '7w']) {
      const bad = await cli(['log', 'summary', 'events.log', '--since', since], dir)
      expect([since, bad.exitStatus, bad.stderr]).toEqual([since, 2, expect.stringContaining('--since must be a duration such as 7d')])
    }
  })
})

describe('the watch command', () => {
  it('names what is wrong with its flags and its config, exit 2', async () => {
    const dir = makeTree({
      'tree/a': 'a',
      'rules.json': JSON.stringify({ watch: { rules: [{ paths: ['tree/**'], action: 'quarantine' }] } }),
      'bad.json': JSON.stringify({ watch: { rules: [{ paths: ['tree/**'], action: 'delete' }] } }),
      'notes.txt': 'my own notes\n',
    })
    await cli(['manifest', 'tree', '--output', 'm.json'], dir)
    for (const [args, message] of [
      [['watch', 'm.json', '--restore'], '--restore needs --store DIR'],
      [['watch', 'm.json', '--interval', 'often'], '--interval must be a duration'],
      [['watch', 'gone.json'], 'gone.json'],
      [['watch', 'm.json', '--mail-to', 'ops@example.test'], '--mail-to needs --smtp-url'],
      [['watch', 'm.json', '--sms-to', '+1555', '--sms-from', '+1556'], 'TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN'],
      [['watch', 'm.json', '--webhook', 'not a url'], '--webhook is not a URL'],
      [['watch', 'm.json', '--config', 'rules.json'], 'a watch rule with action quarantine needs --quarantine DIR'],
      [['watch', 'm.json', '--quarantine', 'notes.txt/q'], 'cannot create the quarantine directory notes.txt/q: ENOTDIR'],
      ...(existsSync('/proc/self') ? ([[['watch', 'm.json', '--quarantine', '/proc/chainseal-quarantine'], 'cannot create the quarantine directory /proc/chainseal-quarantine: ENOENT']] as const) : []),
      [['watch', 'm.json', '--config', 'bad.json'], 'watch.rules[0].action must be alert, restore or quarantine'],
      [['watch', 'm.json', '--debounce', 'soon'], '--debounce must be a duration'],
      [['watch', 'm.json', '--alert-window', '1 minute'], '--alert-window must be a duration'],
      [['watch', 'm.json', '--alert-critical', '0'], '--alert-critical must be a whole number from 1'],
      [['watch', 'm.json', '--mail-to', 'ops@example.test', '--smtp-url', 'http://mail.example.test'], 'the SMTP URL must start smtp:// or smtps://'],
      [['watch', 'm.json', '--log', 'notes.txt'], 'event log notes.txt does not end with a chainseal record'],
      [['log', 'verify', 'gone.log'], 'cannot read event log gone.log: ENOENT'],
      [['log', 'rotate', 'events.log'], 'usage: chainseal log verify|summary FILE'],
      [['log', 'verify', 'notes.txt', '--since', '7d'], '--since applies to log summary'],
    ] as const) {
      const r = await cli([...args], dir)
      expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining(message)])
    }
    // A log that is not chainseal's is left as it was, not appended to.
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('my own notes\n')
  })

  it('refuses manifest --update without paths or with --output, and a store it cannot write, before writing a manifest', async () => {
    const dir = makeTree({ 'tree/a': 'a', 'store': 'a file, not a directory' })
    expect((await cli(['manifest', 'tree', '--output', 'm.json'], dir)).exitStatus).toBe(0)
    const before = readFileSync(join(dir, 'm.json'), 'utf8')
    for (const [args, message] of [
      [['manifest', '--update', 'm.json'], 'manifest --update m.json needs the paths to re-baseline'],
      [['manifest', '--update', 'm.json', 'tree', '--output', 'n.json'], '--update rewrites the manifest it names; --output and --export do not apply'],
      [['manifest', '--update', 'gone.json', 'tree'], 'gone.json'],
      [['manifest', '--update', 'm.json', ''], 'a path given is empty (an unset variable?); give the paths to be re-baselined'],
      [['manifest', '--update', 'm.json', 'tree', '--store', 'store'], 'cannot write to the store'],
      [['manifest', 'tree', '--output', 'n.json', '--store', 'store'], 'cannot write to the store'],
      ...(existsSync('/proc/self') ? ([[['manifest', 'tree', '--output', 'n.json', '--store', '/proc/chainseal-store'], 'cannot write to the store /proc/chainseal-store: ENOENT']] as const) : []),
    ] as const) {
      const r = await cli([...args], dir)
      expect([r.exitStatus, r.stderr]).toEqual([2, expect.stringContaining(message)])
    }
    expect(readFileSync(join(dir, 'm.json'), 'utf8')).toBe(before)
    expect(existsSync(join(dir, 'n.json'))).toBe(false)
  })

  it('shuts down cleanly on SIGINT and SIGTERM, its log complete and its chain intact', async () => {
    const dir = makeTree({ 'tree/a.txt': 'a\n' })
    await cli(['manifest', 'tree', '--output', 'm.json'], dir)
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(process.execPath, [join(REPO, 'dist/cli.js'), 'watch', 'm.json', '--log', 'events.log'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
      let stdout = ''
      child.stdout.on('data', (c) => (stdout += c))
      const exited = new Promise<number | null>((done) => child.on('exit', done))
      const until = Date.now() + 15_000
      while (!existsSync(join(dir, 'events.log')) || !readFileSync(join(dir, 'events.log'), 'utf8').includes('"kind":"ready"')) {
        if (Date.now() > until) throw new Error('watch never became ready')
        await sleep(25)
      }
      child.kill(signal)
      expect(await exited).toBe(0)
      expect(stdout).toContain('chainseal watch: PASS')
      const { records, breaks } = verifyLog(readFileSync(join(dir, 'events.log'), 'utf8'))
      expect(breaks).toEqual([])
      expect(records.at(-1)!.kind).toBe('stop')
      rmSync(join(dir, 'events.log'))
    }
    expect(statSync(join(dir, 'tree/a.txt')).isFile()).toBe(true)
  }, 40_000)
})
