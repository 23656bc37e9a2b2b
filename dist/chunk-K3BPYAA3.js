import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/io/atomic-write.ts
import { randomBytes } from "node:crypto";
import { closeSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function writeCoalesced(fd, chunks) {
  const limit = 1 << 20;
  let text = "";
  let bytes = [];
  let size = 0;
  const flush = () => {
    if (text) writeAll(fd, Buffer.from(text));
    if (bytes.length) writeAll(fd, Buffer.concat(bytes, size));
    text = "";
    bytes = [];
    size = 0;
  };
  for (const chunk of chunks) {
    if (typeof chunk === "string") {
      if (bytes.length) flush();
      text += chunk;
      if (text.length >= limit) flush();
    } else {
      if (text) flush();
      bytes.push(chunk);
      size += chunk.length;
      if (size >= limit) flush();
    }
  }
  flush();
}
function writeAll(fd, data) {
  for (let offset = 0; offset < data.length; ) offset += writeSync(fd, data, offset);
}
function writeFileAtomic(path, chunks, mode = 420) {
  const target = resolveTarget(path);
  if (target.inPlace) return writeInPlace(path, target.own, chunks);
  const temporary = join(dirname(target.path), `.${basename(target.path)}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`);
  let fd;
  try {
    fd = openSync(temporary, "wx", mode);
    writeCoalesced(fd, chunks);
    fsyncSync(fd);
    closeSync(fd);
    fd = void 0;
    renameSync(temporary, target.path);
  } catch (error) {
    try {
      if (fd !== void 0) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
    }
    throw writeError(path, error);
  }
}
function resolveTarget(path) {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return { path };
  }
  const own = ownDescriptor(stats);
  if (stats.isFile() && own === void 0) return { path: realpathSync(path) };
  return own === void 0 ? { path, inPlace: true } : { path, inPlace: true, own };
}
function standardStreamAt(path) {
  try {
    return ownDescriptor(statSync(path));
  } catch {
    return void 0;
  }
}
function writeInPlace(path, own, chunks) {
  let fd;
  try {
    if (own !== void 0) return writeCoalesced(own, chunks);
    fd = openSync(path, "w");
    writeCoalesced(fd, chunks);
  } catch (error) {
    throw writeError(path, error);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function ownDescriptor(target) {
  for (const fd of [1, 2]) {
    try {
      const standard = fstatSync(fd);
      if (standard.dev === target.dev && standard.ino === target.ino) return fd;
    } catch {
    }
  }
  return void 0;
}
function writeError(path, error) {
  return new ChainsealError("io", `could not write ${path}: ${osReason(error)}; check that its directory exists and is writable`, { cause: error });
}

export {
  writeFileAtomic,
  standardStreamAt
};
