import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/io/make-directory.ts
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function makeDirectory(path, mode = 511) {
  const missing = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    let exists;
    try {
      exists = statSync(dir, { throwIfNoEntry: false }) !== void 0;
    } catch {
      exists = true;
    }
    if (exists || dirname(dir) === dir) break;
    missing.push(dir);
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir, mode);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
  if (missing.length === 0 && !statSync(path).isDirectory()) mkdirSync(path, mode);
}

export {
  makeDirectory
};
