// chainseal watch on a 50,000-file tree (the `tree` of gen-tree.mjs, with its flat directory of
// 40,000): the time from a write to its alert (median and 95th percentile), and CPU and memory while
// nothing changes. Beside it, the watchers it could be built on, each in a process of its own:
// start-up time, memory, the latency of an event, and whether it saw a change in a new directory.
//   node bench/gen-tree.mjs tree bench/work/tree && node bench/watch.mjs [--writes 30]
import { execFileSync, spawn } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { writes: { type: 'string', default: '30' }, idle: { type: 'string', default: '10' }, 'skip-peers': { type: 'boolean' } } })
const WRITES = Number(values.writes)
const here = resolve(import.meta.dirname)
const work = join(here, 'work', 'watch')
const source = join(here, 'work', 'tree')
const node = resolve(here, '../node_modules/.bin/node')
const cli = resolve(here, '../dist/cli.js')
const tree = join(work, 'tree')
const peers = join(work, 'peers')

if (!existsSync(join(source, 'flat'))) throw new Error('run node bench/gen-tree.mjs tree bench/work/tree first')
// A copy: the writes below must not change the tree other benchmarks hash.
rmSync(tree, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
cpSync(source, tree, { recursive: true })
const files = execFileSync('find', [tree, '-type', 'f'], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n')
const flat = files.filter((f) => f.includes('/flat/'))
const nested = files.filter((f) => !f.includes('/flat/'))
const targets = Array.from({ length: WRITES }, (_, i) => (i % 2 ? flat : nested)[(i * 7919) % (i % 2 ? flat : nested).length])

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
const ms = (x) => `${Math.round(x)} ms`

// --- chainseal watch: write → webhook alert ---
const alerts = []
const server = createServer((req, res) => {
  let body = ''
  req.on('data', (c) => (body += c))
  req.on('end', () => {
    alerts.push({ at: Date.now(), body: JSON.parse(body) })
    res.writeHead(200).end()
  })
})
await new Promise((done) => server.listen(0, '127.0.0.1', done))
execFileSync(node, [cli, 'manifest', 'tree', '--output', 'm.json'], { cwd: work, stdio: 'ignore' })
rmSync(join(work, 'events.log'), { force: true })
const startedAt = Date.now()
const watcher = spawn(node, [cli, 'watch', 'm.json', '--log', 'events.log', '--alert-window', '0s', '--webhook', `http://127.0.0.1:${server.address().port}/`], { cwd: work, stdio: 'ignore' })
while (!existsSync(join(work, 'events.log')) || !readFileSync(join(work, 'events.log'), 'utf8').includes('"kind":"ready"')) await sleep(20)
const readyMs = Date.now() - startedAt

const writes = []
for (const target of targets) {
  writes.push({ path: target.slice(tree.length + 1), at: Date.now() })
  appendFileSync(target, 'tampered\n')
  await sleep(400)
}
await sleep(1000)
const latencies = []
for (const w of writes) {
  const alert = alerts.find((a) => a.at >= w.at && a.body.sample.some((s) => s.path === `tree/${w.path}`))
  if (alert) latencies.push(alert.at - w.at)
}

// A flood: 5,000 new files in the directory that already holds 40,000.
const FLOOD = 5_000
const floodStart = Date.now()
for (let i = 0; i < FLOOD; i++) writeFileSync(join(tree, 'flat', `flood-${i}.dat`), `flood ${i}\n`)
let floodMs
while (Date.now() - floodStart < 120_000) {
  const created = readFileSync(join(work, 'events.log'), 'utf8').split('"kind":"created"').length - 1
  if (created >= FLOOD) {
    floodMs = Date.now() - floodStart
    break
  }
  await sleep(50)
}
await sleep(2000)

// Idle: CPU ticks and resident memory over a quiet stretch.
const stat = () => {
  const fields = readFileSync(`/proc/${watcher.pid}/stat`, 'utf8').split(') ')[1].split(' ')
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${watcher.pid}/status`, 'utf8'))[1]) / 1024
  return { cpu: (Number(fields[11]) + Number(fields[12])) * 10, rss }
}
const before = stat()
await sleep(Number(values.idle) * 1000)
const after = stat()
watcher.kill('SIGTERM')
server.close()

console.log(`## chainseal watch, ${files.length} files\n`)
console.log('| measure | value |\n|---|---|')
console.log(`| start-up scan to ready | ${ms(readyMs)} |`)
console.log(`| writes alerted | ${latencies.length} of ${writes.length} |`)
console.log(`| write → webhook alert, median | ${ms(quantile(latencies, 0.5))} |`)
console.log(`| write → webhook alert, 95th percentile | ${ms(quantile(latencies, 0.95))} |`)
console.log(`| ${FLOOD} new files in the 40,000-entry directory, all reported | ${floodMs === undefined ? 'not within 120 s' : ms(floodMs)} |`)
console.log(`| idle ${values.idle} s: CPU | ${after.cpu - before.cpu} ms (${((after.cpu - before.cpu) / (Number(values.idle) * 10)).toFixed(2)} %) |`)
console.log(`| idle ${values.idle} s: RSS | ${before.rss.toFixed(0)} MB → ${after.rss.toFixed(0)} MB |`)

if (values['skip-peers']) process.exit(0)

// --- the watchers themselves ---
if (!existsSync(join(peers, 'node_modules/chokidar'))) {
  mkdirSync(peers, { recursive: true })
  writeFileSync(join(peers, 'package.json'), '{"private":true}')
  execFileSync('npm', ['install', '--no-audit', '--no-fund', 'chokidar@4.0.3', '@parcel/watcher@2.5.1'], { cwd: peers, stdio: 'ignore' })
}
console.log('\n## The watchers, on the same tree\n')
console.log('| watcher | ready | RSS at ready | event latency, median | missed writes | change in a new directory | 2,000 new files in the 40,000-entry directory, seen within 20 s |\n|---|---|---|---|---|---|---|')
for (const kind of ['node', 'chokidar', 'parcel']) {
  const child = spawn(node, [join(here, 'watch-peer.mjs'), kind, tree, peers], { stdio: ['ignore', 'pipe', 'ignore'] })
  const events = []
  let ready
  let buffer = ''
  child.stdout.on('data', (chunk) => {
    buffer += chunk
    const lines = buffer.split('\n')
    buffer = lines.pop()
    for (const line of lines) {
      const [what, a, ...rest] = line.split(' ')
      if (what === 'ready') ready = { ms: Number(a), rss: Number(rest[0]) }
      else if (what === 'event') events.push({ at: Number(a), path: rest.join(' ') })
    }
  })
  while (!ready) await sleep(20)
  await sleep(500)
  const peerWrites = []
  for (const target of targets.slice(0, 10)) {
    peerWrites.push({ path: target.slice(tree.length + 1), at: Date.now() })
    appendFileSync(target, 'again\n')
    await sleep(300)
  }
  const fresh = join(tree, `new-${kind}`, 'sub')
  mkdirSync(fresh, { recursive: true })
  writeFileSync(join(fresh, 'inside.txt'), 'new\n')
  await sleep(1500)
  const before = events.length
  for (let i = 0; i < 2_000; i++) writeFileSync(join(tree, 'flat', `${kind}-flood-${i}.dat`), `${i}\n`)
  const floodUntil = Date.now() + 20_000
  let floodSeen = 0
  while (Date.now() < floodUntil) {
    floodSeen = new Set(events.slice(before).map((e) => e.path).filter((p) => p.startsWith(`flat/${kind}-flood-`))).size
    if (floodSeen >= 2_000) break
    await sleep(100)
  }
  const peerLatencies = peerWrites.map((w) => events.find((e) => e.at >= w.at && e.path === w.path)).filter(Boolean).map((e, i) => e.at - peerWrites[i].at)
  const missed = peerWrites.filter((w) => !events.some((e) => e.at >= w.at && e.path === w.path)).length
  const sawNew = events.some((e) => e.path === `new-${kind}/sub/inside.txt`)
  console.log(`| ${kind === 'node' ? 'node:fs watch (recursive)' : kind === 'chokidar' ? 'chokidar 4.0.3' : '@parcel/watcher 2.5.1'} | ${ms(ready.ms)} | ${ready.rss} MB | ${peerLatencies.length ? ms(quantile(peerLatencies, 0.5)) : '–'} | ${missed} of ${peerWrites.length} | ${sawNew ? 'seen' : 'missed'} | ${floodSeen} |`)
  child.kill()
}
