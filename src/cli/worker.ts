/** The CLI at work, on the thread bin.ts starts: runs the command and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads'
import { run } from './main.ts'
import type { LauncherData, LauncherMessage } from './bin.ts'

const { stdoutIsTTY, stderrIsTTY } = workerData as LauncherData
const port = parentPort!
const result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY,
  ...(stderrIsTTY && { progress: (text: string) => port.postMessage({ progress: text } satisfies LauncherMessage) }),
})
port.postMessage({ result } satisfies LauncherMessage)
