import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  osReason
} from "./chunk-C7GXJFL7.js";

// src/integrity/digest.ts
import { createHash, hash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var ALGORITHMS = ["sha256", "sha512"];
var READ_BUFFER_SIZE = 1 << 18;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function openFailure(error) {
  if (error.code === "ELOOP") return { ok: false, reason: "became a symlink while being read", notRegular: true };
  return { ok: false, reason: osReason(error) };
}
var NOT_REGULAR = { ok: false, reason: "is no longer a regular file", notRegular: true };
function hashFileSync(path, algorithm, buffer) {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const before = fstatSync(fd);
    if (!before.isFile()) return NOT_REGULAR;
    const expected = before.size;
    let digest;
    let total = 0;
    const first = expected === 0 || expected < buffer.length ? readSync(fd, buffer, 0, buffer.length, null) : 0;
    if (first === expected && expected < buffer.length) {
      total = first;
      digest = hash(algorithm, buffer.subarray(0, first), "hex");
    } else {
      const incremental = createHash(algorithm);
      let n = first;
      if (n > 0) incremental.update(buffer.subarray(0, n));
      total = n;
      while (total < expected && (n = readSync(fd, buffer, 0, buffer.length, null)) > 0) {
        incremental.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        total += n;
      }
      digest = incremental.digest("hex");
    }
    const after = fstatSync(fd);
    const changed = changeDuringRead(before, after, total);
    const result = { ok: true, digest, size: total, mode: before.mode & 4095 };
    if (changed) result.changed = changed;
    return result;
  } catch (error) {
    return { ok: false, reason: osReason(error) };
  } finally {
    closeSync(fd);
  }
}
function changeDuringRead(before, after, bytesRead) {
  if (after.size !== before.size || bytesRead !== before.size)
    return `size went from ${before.size} to ${after.size} bytes while ${bytesRead} were read`;
  if (after.mtimeMs !== before.mtimeMs || after.ctimeMs !== before.ctimeMs) return "it was written to while being read";
  return void 0;
}

export {
  ALGORITHMS,
  READ_BUFFER_SIZE,
  OPEN_FLAGS,
  openFailure,
  NOT_REGULAR,
  hashFileSync,
  changeDuringRead
};
