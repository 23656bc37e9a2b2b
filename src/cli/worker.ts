/**
 * The CLI at work: on the thread bin.ts starts for commands that walk large trees (posting the
 * result back), or on the main thread for the others (printing it).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { run } from './main.ts'
import type { LauncherData, LauncherMessage } from './bin.ts'

const { stdoutIsTTY, stderrIsTTY }: LauncherData = isMainThread
  ? { stdoutIsTTY: Boolean(process.stdout.isTTY), stderrIsTTY: Boolean(process.stderr.isTTY) }
  : (workerData as LauncherData)
const send = (message: LauncherMessage) => parentPort!.postMessage(message)
// watch ends cleanly on SIGINT and SIGTERM; a second signal is not caught. Other commands keep
// the default, so a first Ctrl-C ends them even when one is stuck in native code.
const stop = new AbortController()
if (isMainThread && process.argv[2] === 'watch') for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort())
const result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY,
  signal: stop.signal,
  log: (line: string) => process.stderr.write(line),
  ...(stderrIsTTY && { progress: (text: string) => (isMainThread ? process.stderr.write(text) : send({ progress: text })) }),
})
if (isMainThread) {
  // The status first: a reader that closes the pipe early ends the process during the writes.
  process.exitCode = result.exitStatus
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
} else send({ result })
