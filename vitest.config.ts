import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/helpers/closing-line.ts'],
    // Tests build real trees, spawn the CLI and start threads: give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
