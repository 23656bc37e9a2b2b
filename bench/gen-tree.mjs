// Generates the benchmark inputs of bench/README.md. Sizes are fixed; contents are pseudo-random
// (files to hash) or pseudo-text (the archive, so gzip has something to compress).
//   node bench/gen-tree.mjs tree DIR      ~50,000 files / ~500 MB; one directory of 40,000 entries
//   node bench/gen-tree.mjs bigfile DIR   one 1 GB file
//   node bench/gen-tree.mjs wide DIR      200,000 small files (memory)
//   node bench/gen-tree.mjs tgz FILE      a .tgz of ~20,000 text files, ~250 MB unpacked
import { execFileSync } from 'node:child_process'
import { randomFillSync } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const [kind, target] = process.argv.slice(2)
if (!kind || !target) {
  console.error('usage: node bench/gen-tree.mjs tree|bigfile|wide|tgz TARGET')
  process.exit(2)
}

let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
const bytes = (n) => randomFillSync(Buffer.allocUnsafe(n))
const write = (path, data) => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, data)
}

if (kind === 'tree') {
  // 40,000 small files in one flat directory: what took AIDE 0.18 two and a half minutes.
  for (let i = 0; i < 40_000; i++) write(join(target, 'flat', `f${i}.dat`), bytes(1024 + Math.floor(random() * 5120)))
  // 9,990 source-like files in directories of 100, mostly small with a long tail.
  for (let i = 0; i < 9_990; i++) write(join(target, 'src', `d${Math.floor(i / 100)}`, `m${i}.js`), bytes(Math.floor(2000 + random() ** 4 * 120_000)))
  // A few large ones.
  for (let i = 0; i < 10; i++) write(join(target, 'large', `blob${i}.bin`), bytes(20 << 20))
} else if (kind === 'bigfile') {
  mkdirSync(target, { recursive: true })
  const chunk = bytes(64 << 20)
  const path = join(target, 'one.bin')
  writeFileSync(path, '')
  for (let i = 0; i < 16; i++) writeFileSync(path, chunk, { flag: 'a' })
} else if (kind === 'wide') {
  for (let i = 0; i < 200_000; i++) write(join(target, `d${Math.floor(i / 1000)}`, `f${i}`), bytes(64))
} else if (kind === 'tgz') {
  const words = 'const function return import export default async await value error result module require string number'.split(' ')
  const text = (n) => {
    let s = ''
    while (s.length < n) s += words[Math.floor(random() * words.length)] + (random() < 0.1 ? '\n' : ' ')
    return s
  }
  const staging = mkdtempSync(join(tmpdir(), 'chainseal-bench-'))
  for (let i = 0; i < 20_000; i++) write(join(staging, 'package', `d${Math.floor(i / 200)}`, `f${i}.js`), text(Math.floor(500 + random() ** 3 * 60_000)))
  mkdirSync(dirname(target), { recursive: true })
  execFileSync('tar', ['-czf', target, '-C', staging, 'package'])
  rmSync(staging, { recursive: true, force: true })
} else {
  console.error(`unknown kind ${kind}`)
  process.exit(2)
}
