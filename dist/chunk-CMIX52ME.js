import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  READ_BUFFER_SIZE,
  hashFileSync
} from "./chunk-DUQ2JHVY.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/integrity/root.ts
import { lstatSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function resolveRoot(cwd, root) {
  const absolute = resolve(cwd, root ?? ".");
  let isDirectory;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    throw new ChainsealError("input", `--root ${root ?? "."} cannot be used: ${osReason(error)}`, { cause: error });
  }
  if (!isDirectory) throw new ChainsealError("input", `--root ${root} is not a directory; give the directory manifest paths are relative to`);
  return absolute;
}
function relativeToRoot(root, cwd, given) {
  const rel = relative(root, resolve(cwd, given));
  if (rel === "") return "";
  if (rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function givenPaths(root, cwd, paths, rootFlag, verb) {
  return (paths.length ? paths : [root]).map((p) => {
    const rel = relativeToRoot(root, cwd, p);
    if (rel === void 0) throw new ChainsealError("usage", `path ${p} is outside the root ${rootFlag ?? "."}; give paths inside it or set --root`);
    try {
      lstatSync(resolve(cwd, p));
    } catch (error) {
      throw new ChainsealError("input", `path ${p} cannot be ${verb}: ${osReason(error)}`, { cause: error });
    }
    return rel;
  });
}

// src/watch/store.ts
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
function storedPath(store, algorithm, digest) {
  return join(store, algorithm, digest.slice(0, 2), digest);
}
function storeFile(store, algorithm, digest, source, buffer) {
  const target = storedPath(store, algorithm, digest);
  if (existsSync(target)) return true;
  mkdirSync(dirname(target), { recursive: true, mode: 448 });
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
  verifiedStored,
  resolveRoot,
  relativeToRoot,
  givenPaths
};
