// What checking a manifest's signature adds to `chainseal verify` of a 50,000-entry tree: verify
// alone against verify --bundle --key, interleaved run by run, medians. Both read and parse the
// manifest once; the signature adds loading Sigstore's code, one hash of the manifest bytes and
// one signature check.
//   node bench/signature.mjs [--runs N]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, files: { type: 'string', default: '50000' } } })
const here = resolve(import.meta.dirname)
const work = join(here, 'work', 'signature')
const node = resolve(here, '../node_modules/.bin/node')
const cli = resolve(here, '../dist/cli.js')
const tree = join(work, 'tree')

function run(args, options = {}) {
  const r = spawnSync(node, [cli, ...args], { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28, ...options })
  if (r.status !== 0) throw new Error(`chainseal ${args.join(' ')} exited ${r.status}: ${r.stdout.slice(-400)}${r.stderr.slice(-400)}`)
  return r
}

function timed(args) {
  const start = process.hrtime.bigint()
  run(args)
  return Number(process.hrtime.bigint() - start) / 1e9
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

if (!existsSync(join(tree, 'done'))) {
  const files = Number(values.files)
  for (let i = 0; i < files; i++) {
    const dir = join(tree, `d${i % 250}`)
    if (i < 250) mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `f${i}.txt`), `file ${i}\n`.repeat(1 + (i % 20)))
  }
  writeFileSync(join(tree, 'done'), '')
}
run(['manifest', '--root', 'tree', '--exclude', 'done', '-o', 'm.json'])
if (!existsSync(join(work, 'keys'))) run(['keygen', '--output', 'keys'])
run(['sign', 'm.json', '--key', 'keys/chainseal.key', '--output', 'key.sigstore.json'])

const variants = {
  'verify': ['verify', 'm.json', '--root', 'tree'],
  'verify --key': ['verify', 'm.json', '--root', 'tree', '--bundle', 'key.sigstore.json', '--key', 'keys/chainseal.pub'],
}
const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]))
for (const args of Object.values(variants)) timed(args) // warm-up
for (let i = 0; i < Number(values.runs); i++) for (const [name, args] of Object.entries(variants)) times[name].push(timed(args))

const base = median(times.verify)
console.log(`| command | median s (${values.runs} runs) | vs verify |\n|---|---|---|`)
for (const [name, t] of Object.entries(times)) console.log(`| ${name} | ${median(t).toFixed(3)} | ${((median(t) / base - 1) * 100).toFixed(1)}% |`)
const ratios = times['verify --key'].map((t, i) => t / times.verify[i])
console.log(`\nper-pair ratios (--key / plain): ${ratios.map((r) => r.toFixed(3)).join(', ')}; median ${median(ratios).toFixed(3)}`)
