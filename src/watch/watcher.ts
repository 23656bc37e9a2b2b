import { lstatSync, readdirSync, watch, type FSWatcher } from 'node:fs'
import { osReason } from '../errors.ts'
import { isWithin } from '../integrity/names.ts'
import { underRoot } from '../integrity/walk.ts'

/** A source of change hints; the monitor re-checks whatever they name, so one missed or extra is harmless. */
export interface ChangeWatcher {
  /** Directories watched: one kernel watch each. */
  readonly directories: number
  close(): void
}

export interface WatchHandlers {
  /** A root-relative path that may have changed; undefined: anything may have (rescan everything). */
  onHint(rel: string | undefined): void
  onTrouble(reason: string): void
  /** Directories not to watch (not selected by the manifest: .git, node_modules, excludes). */
  skipDir(rel: string): boolean
}

/**
 * One kernel watch per directory (inotify on Linux), as inotify is meant to be used: an event names
 * the child that changed, and a new directory gets its own watch (and is re-checked whole, for what
 * was written into it before the watch began).
 *
 * Not Node's `fs.watch(dir, { recursive: true })`: on Linux it watches every file and re-lists the
 * directory on every event, so 5,000 new files in a directory of 45,000 were not delivered in two
 * minutes (bench/README.md), and it costs one watch per file. @parcel/watcher missed changes inside
 * new directories; chokidar took several times longer to start and more memory. So events stay
 * hints: the monitor rescans on a nameless event, on an error and on a timer.
 */
export function watchTree(root: string, handlers: WatchHandlers): ChangeWatcher {
  const watchers = new Map<string, FSWatcher>()

  const add = (rel: string): void => {
    if (watchers.has(rel) || (rel !== '' && handlers.skipDir(rel))) return
    let watcher: FSWatcher
    try {
      watcher = watch(underRoot(root, rel), { persistent: true }, (_event, name) => {
        if (name === null) return handlers.onHint(rel === '' ? undefined : rel)
        const child = rel === '' ? name : `${rel}/${name}`
        let isDir = false
        try {
          isDir = lstatSync(underRoot(root, child)).isDirectory()
        } catch {
          removeUnder(child) // Gone (or renamed away): its watches go with it.
        }
        if (isDir) addTree(child)
        handlers.onHint(child)
      })
    } catch (error) {
      // The directory went away before it could be watched; anything else (ENOSPC: the kernel's
      // limit on watches) leaves a gap the rescans must cover, and says so.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') handlers.onTrouble(`cannot watch ${rel || '.'}: ${osReason(error)}`)
      return
    }
    watcher.on('error', (error) => {
      removeUnder(rel)
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') handlers.onTrouble(`watching ${rel || '.'} failed: ${osReason(error)}`)
    })
    watchers.set(rel, watcher)
  }

  /** Watches a directory and every directory under it. */
  const addTree = (rel: string): void => {
    const pending = [rel]
    while (pending.length) {
      const dir = pending.pop()!
      if (watchers.has(dir) && dir !== rel) continue
      add(dir)
      if (!watchers.has(dir)) continue
      try {
        for (const entry of readdirSync(underRoot(root, dir), { withFileTypes: true })) if (entry.isDirectory()) pending.push(dir === '' ? entry.name : `${dir}/${entry.name}`)
      } catch {
        // Removed meanwhile: its parent's event says so.
      }
    }
  }

  const removeUnder = (rel: string): void => {
    for (const [dir, watcher] of watchers)
      if (isWithin(dir, rel)) {
        watcher.close()
        watchers.delete(dir)
      }
  }

  addTree('')
  return {
    get directories() {
      return watchers.size
    },
    close() {
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    },
  }
}
