import type { SnapshotProgress } from '../integrity/snapshot.ts'

/** Shown only once the work has taken this long: quick runs stay quiet. */
const DELAY_MS = 500
const INTERVAL_MS = 100

/**
 * A one-line progress bar for a TTY on stderr. Returns the callback to feed and a function that
 * clears the line when the work is done.
 */
export function progressBar(write: (text: string) => void, now: () => number = Date.now) {
  const started = now()
  let last = 0
  let shown = false
  const update = (p: SnapshotProgress) => {
    const t = now()
    if (t - started < DELAY_MS || t - last < INTERVAL_MS) return
    last = t
    shown = true
    const ratio = p.totalFiles ? p.files / p.totalFiles : 0
    const width = 24
    const filled = Math.round(ratio * width)
    const bar = '#'.repeat(filled) + '.'.repeat(width - filled)
    write(`\r\x1b[K${p.phase === 'walk' ? 'walking' : 'hashing'} [${bar}] ${p.files.toLocaleString('en')}/${p.totalFiles.toLocaleString('en')} files, ${formatBytes(p.bytes)}`)
  }
  const done = () => {
    if (shown) write('\r\x1b[K')
  }
  return { update, done }
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`
}
