#!/usr/bin/env node
import { run } from './main.ts'

const result = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  ...(process.stderr.isTTY && { progress: (text: string) => process.stderr.write(text) }),
})
process.stdout.write(result.stdout)
process.stderr.write(result.stderr)
process.exitCode = result.exitStatus
