// Times `chainseal manifest` and `verify` beside the peers named in the issue, on the same inputs,
// in one run, warm cache, and prints medians and ratios as a Markdown table.
//   node bench/integrity.mjs [--runs N] [--aide-runs N] [--skip-aide]
// Needs: the inputs from bench/gen-tree.mjs under bench/work/, and Debian's aide, b3sum and time.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'aide-runs': { type: 'string', default: '1' },
    'skip-aide': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
})
const runs = Number(values.runs)
const here = resolve(import.meta.dirname)
const work = join(here, 'work')
const node = resolve(here, '../node_modules/.bin/node')
const cli = resolve(here, '../dist/cli.js')
const scratch = mkdtempSync(join(tmpdir(), 'chainseal-bench-'))

/** Runs a shell command under GNU time; returns wall seconds and peak RSS in MB. */
function measure(command) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'bash', '-c', command], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const last = r.stderr.trim().split('\n').pop()
  const [wall, rssKb, user, sys] = last.split(' ').map(Number)
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(-500)}`)
  return { wall, rssMb: rssKb / 1024, cpu: user + sys }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Interleaves the commands run by run, so machine noise hits them alike; one warm-up each. */
function compare(title, commands, n = runs) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  const rss = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  const cpu = Object.fromEntries(Object.keys(commands).map((k) => [k, []]))
  for (const command of Object.values(commands)) measure(command.cmd ?? command)
  for (let i = 0; i < n; i++) {
    for (const [name, command] of Object.entries(commands)) {
      if (command.runs !== undefined && i >= command.runs) continue
      const m = measure(command.cmd ?? command)
      times[name].push(m.wall)
      rss[name].push(m.rssMb)
      cpu[name].push(m.cpu)
    }
  }
  const rows = Object.keys(commands).map((name) => ({ name, wall: median(times[name]), cpu: median(cpu[name]), rss: median(rss[name]), n: times[name].length }))
  console.log(`\n### ${title}\n\n| command | median wall (s) | median CPU (s) | runs | peak RSS (MB) |\n|---|---|---|---|---|`)
  for (const r of rows) console.log(`| ${r.name} | ${r.wall.toFixed(3)} | ${r.cpu.toFixed(2)} | ${r.n} | ${r.rss.toFixed(0)} |`)
  return Object.fromEntries(rows.map((r) => [r.name, { ...r, times: times[r.name] }]))
}

const ratio = (a, b) => (a / b).toFixed(2)
/**
 * Both ratios of two commands' wall times: of their medians, and the median of run i's ratios
 * (each pair ran back to back, so it shares the machine's mood; steadier here, where a peer's own
 * time swings by half from one minute to the next).
 */
const ratios = (a, b) => `**${ratio(a.wall, b.wall)}×** of medians, **${median(a.times.map((t, i) => t / b.times[i])).toFixed(2)}×** per pair`
console.log(`Machine: ${cpus().length} × ${cpus()[0].model}; node ${execFileSync(node, ['--version']).toString().trim()}; ${runs} runs, medians, warm cache.`)

function treeBench(label, dir) {
  const manifest = join(scratch, `${label}.json`)
  const aideConf = join(scratch, `${label}.aide.conf`)
  writeFileSync(aideConf, `database_out=file:${scratch}/${label}.aide.db\n${resolve(dir)} sha256\n`)
  const commands = {
    'chainseal manifest': `${node} ${cli} manifest --root ${dir} -o ${manifest} > /dev/null`,
    'xargs -P2 sha256sum': `find ${dir} -type f -print0 | xargs -0 -P2 sha256sum > /dev/null`,
    'xargs -P2 b3sum': `find ${dir} -type f -print0 | xargs -0 -P2 b3sum > /dev/null`,
  }
  if (!values['skip-aide']) commands['aide --init'] = { cmd: `aide --init -c ${aideConf} > /dev/null`, runs: Number(values['aide-runs']) }
  const r = compare(`${label}: manifest`, commands)
  const v = compare(`${label}: verify of an unchanged tree`, {
    'chainseal manifest': `${node} ${cli} manifest --root ${dir} -o ${manifest} > /dev/null`,
    'chainseal verify': `${node} ${cli} verify ${manifest} --root ${dir} > /dev/null`,
  })
  console.log(`\n${label}: chainseal / sha256sum = ${ratios(r['chainseal manifest'], r['xargs -P2 sha256sum'])} (target ≤ 0.7); chainseal / b3sum = ${ratio(r['chainseal manifest'].wall, r['xargs -P2 b3sum'].wall)}×` +
    (r['aide --init'] ? `; chainseal / aide = ${ratio(r['chainseal manifest'].wall, r['aide --init'].wall)}×` : '') +
    `; verify / manifest = ${ratios(v['chainseal verify'], v['chainseal manifest'])} (target ≤ 1.1)`)
}

try {
  const only = values.only
  if ((!only || only === 'tree') && existsSync(join(work, 'tree'))) treeBench('tree', join(work, 'tree'))
  if ((!only || only === 'bigfile') && existsSync(join(work, 'bigfile'))) treeBench('bigfile', join(work, 'bigfile'))
  if ((!only || only === 'tgz') && existsSync(join(work, 'archive.tgz'))) {
    const tgz = join(work, 'archive.tgz')
    const r = compare('archive: hashing inside a .tgz', {
      'chainseal manifest (members)': `${node} ${cli} manifest ${tgz} --root ${work} -o ${scratch}/tgz.json > /dev/null`,
      'gzip -dc > /dev/null': `gzip -dc ${tgz} > /dev/null`,
    })
    console.log(`\narchive: chainseal / gzip floor = ${ratios(r['chainseal manifest (members)'], r['gzip -dc > /dev/null'])} (target ≤ 1.3)`)
  }
  if ((!only || only === 'wide') && existsSync(join(work, 'wide'))) {
    const r = compare('wide: 200,000 files (memory)', { 'chainseal manifest': `${node} ${cli} manifest --root ${join(work, 'wide')} -o ${scratch}/wide.json > /dev/null` }, 3)
    console.log(`\nwide: peak RSS ${r['chainseal manifest'].rss.toFixed(0)} MB (target < 300)`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
