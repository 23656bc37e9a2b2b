// Times `chainseal deps` beside `npm audit signatures` on the same real lockfile (~665 packages),
// against one signing registry on 127.0.0.1 serving that lockfile's packages (test/helpers/registry.ts),
// interleaved run by run; medians. npm 11 cannot run `audit signatures` offline (it first fetches
// Sigstore's TUF root from the network), so the peer is npm 9.4.2, the last release without that step.
//   node bench/deps.mjs [--runs N]
// Needs: bench/work/deps-project (package.json of bench/README.md, `npm install`ed) and
// bench/work/npm9 (`npm install npm@9.4.2` in a folder of its own).
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs, promisify } from 'node:util'
import { startRegistry } from '../test/helpers/registry.ts'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
const run = promisify(execFile)
const here = import.meta.dirname
const project = resolve(here, 'work/deps-project')
const npm9 = resolve(here, 'work/npm9/node_modules/npm/bin/npm-cli.js')
const cli = resolve(here, '../dist/cli.js')

const lock = JSON.parse(readFileSync(resolve(project, 'package-lock.json'), 'utf8'))
const packages = Object.entries(lock.packages)
  .filter(([location]) => location)
  .map(([location, entry]) => ({ name: entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 13), version: entry.version, integrity: entry.integrity }))
// The registry runs in this process: the commands must run asynchronously, or it could not answer.
const registry = await startRegistry(packages, { sign: true })

async function time(command, args) {
  const start = performance.now()
  const { stdout } = await run(process.execPath, [command, ...args], { cwd: project, env: { ...process.env, HOME: project }, timeout: 300_000 })
  return { seconds: (performance.now() - start) / 1000, stdout }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const times = { chainseal: [], npm: [] }
let sample
for (let i = 0; i < Number(values.runs) + 1; i++) {
  const ours = await time(cli, ['deps', '--registry', registry.url])
  const theirs = await time(npm9, ['audit', 'signatures', '--registry', registry.url])
  sample = { ours: ours.stdout.trim(), theirs: theirs.stdout.trim().split('\n')[0] }
  if (i === 0) continue // warm-up
  times.chainseal.push(ours.seconds)
  times.npm.push(theirs.seconds)
}
await registry.close()
const ours = median(times.chainseal)
const theirs = median(times.npm)
// The machine's speed drifts between runs; each pair ran back to back, so its ratio is steadier.
const perPair = median(times.npm.map((t, i) => t / times.chainseal[i]))
console.log(`${packages.length} packages, ${values.runs} runs, medians, registry on 127.0.0.1\n`)
console.log(`| command | median wall (s) | packages/s |\n|---|---|---|`)
console.log(`| chainseal deps | ${ours.toFixed(3)} | ${Math.round(packages.length / ours)} |`)
console.log(`| npm 9.4.2 audit signatures | ${theirs.toFixed(3)} | ${Math.round(packages.length / theirs)} |`)
console.log(`\nchainseal is **${(theirs / ours).toFixed(1)}×** faster (ratio of medians; **${perPair.toFixed(1)}×** per pair; target ≥ 10×), ${Math.round(packages.length / ours)} packages/s (target ≥ 1,000)`)
console.log(`\nchainseal: ${sample.ours}\nnpm: ${sample.theirs}`)
