import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  makeDirectory
} from "./chunk-H4DETFD5.js";
import {
  READ_BUFFER_SIZE,
  hashFileSync
} from "./chunk-DUQ2JHVY.js";

// src/watch/store.ts
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
function storedPath(store, algorithm, digest) {
  return join(store, algorithm, digest.slice(0, 2), digest);
}
function storeFile(store, algorithm, digest, source, buffer) {
  const target = storedPath(store, algorithm, digest);
  if (existsSync(target)) return true;
  makeDirectory(dirname(target), 448);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    copyFileSync(source, temporary);
    const copied = hashFileSync(temporary, algorithm, buffer);
    if (!copied.ok || copied.digest !== digest) return false;
    renameSync(temporary, target);
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}
function verifiedStored(store, algorithm, digest, buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE)) {
  const path = storedPath(store, algorithm, digest);
  const found = hashFileSync(path, algorithm, buffer);
  return found.ok && found.digest === digest ? path : void 0;
}

export {
  storeFile,
  verifiedStored
};
