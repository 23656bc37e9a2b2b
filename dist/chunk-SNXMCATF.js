import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
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
    const rel = givenPath(root, cwd, p, rootFlag, verb);
    try {
      lstatSync(resolve(cwd, p));
    } catch (error) {
      throw new ChainsealError("input", `path ${p} cannot be ${verb}: ${osReason(error)}`, { cause: error });
    }
    return rel;
  });
}
function givenPath(root, cwd, path, rootFlag, verb) {
  if (path === "") throw new ChainsealError("usage", `a path given is empty (an unset variable?); give the paths to be ${verb}`);
  const rel = relativeToRoot(root, cwd, path);
  if (rel === void 0) throw new ChainsealError("usage", `path ${path} is outside the root ${rootFlag ?? "."}; give paths inside it or set --root`);
  return rel;
}

export {
  resolveRoot,
  relativeToRoot,
  givenPaths,
  givenPath
};
