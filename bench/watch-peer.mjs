// One watcher on one tree, in a process of its own so its start-up time and memory are its own:
// prints `ready <ms> <rssMB>` once watching, then `event <epochMs> <path>` for each event.
//   node bench/watch-peer.mjs node|chokidar|parcel DIR [PEERS_DIR]
import { watch } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'

const [kind, dir, peers] = process.argv.slice(2)
const started = performance.now()
const ready = () => console.log(`ready ${Math.round(performance.now() - started)} ${Math.round(process.memoryUsage().rss / 2 ** 20)}`)
const event = (path) => console.log(`event ${Date.now()} ${path}`)
const load = (name) => createRequire(join(peers, 'package.json'))(name)

if (kind === 'node') {
  // No ready event: watch() returns once every directory has its inotify watch.
  watch(dir, { recursive: true }, (_type, name) => event(name))
  ready()
} else if (kind === 'chokidar') {
  const chokidar = load('chokidar')
  chokidar
    .watch(dir, { ignoreInitial: true })
    .on('all', (_type, path) => event(relative(dir, path)))
    .on('ready', ready)
} else if (kind === 'parcel') {
  const parcel = load('@parcel/watcher')
  await parcel.subscribe(dir, (error, events) => {
    if (error) console.log(`error ${error.message}`)
    for (const e of events ?? []) event(relative(dir, e.path))
  })
  ready()
} else {
  console.error('usage: node bench/watch-peer.mjs node|chokidar|parcel DIR PEERS_DIR')
  process.exit(2)
}
