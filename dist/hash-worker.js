import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/integrity/hash-worker.ts
import { parentPort } from "node:worker_threads";

// src/integrity/digest.ts
import { createHash, hash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/errors.ts
function osReason(error) {
  const e = error;
  if (e && typeof e.code === "string") {
    const detail = e.message?.replace(/^[A-Z]+: /, "").replace(/, \w+ .*$/, "");
    return detail ? `${e.code}: ${detail}` : e.code;
  }
  return String(error instanceof Error ? error.message : error);
}

// src/integrity/digest.ts
var READ_BUFFER_SIZE = 1 << 18;
var OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
function openFailure(error) {
  if (error.code === "ELOOP") return { ok: false, reason: "became a symlink while being read", notRegular: true };
  return { ok: false, reason: osReason(error) };
}
var NOT_REGULAR = { ok: false, reason: "is no longer a regular file", notRegular: true };
function hashFileSync(path, algorithm, buffer2) {
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
    const first = expected === 0 || expected < buffer2.length ? readSync(fd, buffer2, 0, buffer2.length, null) : 0;
    if (first === expected && expected < buffer2.length) {
      total = first;
      digest = hash(algorithm, buffer2.subarray(0, first), "hex");
    } else {
      const incremental = createHash(algorithm);
      let n = first;
      if (n > 0) incremental.update(buffer2.subarray(0, n));
      total = n;
      while (total < expected && (n = readSync(fd, buffer2, 0, buffer2.length, null)) > 0) {
        incremental.update(n === buffer2.length ? buffer2 : buffer2.subarray(0, n));
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

// src/integrity/hash-protocol.ts
var HEX_LENGTH = { sha256: 64, sha512: 128 };
function packResults(id, results, algorithm) {
  const sizes = new Float64Array(results.length);
  const modes = new Uint16Array(results.length);
  const exceptions = {};
  let digests = "";
  results.forEach((result, i) => {
    if (result.ok && !result.changed) {
      digests += result.digest;
      sizes[i] = result.size;
      modes[i] = result.mode;
    } else {
      digests += " ".repeat(HEX_LENGTH[algorithm]);
      exceptions[i] = result;
    }
  });
  return { id, digests, sizes, modes, exceptions };
}

// src/integrity/names.ts
var decoder = new TextDecoder("utf-8");
function joinBase(base, path) {
  return typeof path === "string" ? base + path : Buffer.concat([Buffer.from(base), path]);
}
var SLASH = Buffer.from("/");

// src/integrity/hash-worker.ts
var buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE);
parentPort.on("message", ({ id, algorithm, base, paths }) => {
  const packed = packResults(id, paths.map((p) => hashFileSync(joinBase(base, p), algorithm, buffer)), algorithm);
  parentPort.postMessage(packed, [packed.sizes.buffer, packed.modes.buffer]);
});
