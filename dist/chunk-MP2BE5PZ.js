import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// src/deps/lockfile.ts
function kindOf(spec) {
  if (spec === void 0) return void 0;
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(spec) || /^[\w-]+\/[\w.-]+(#.*)?$/.test(spec)) return "git";
  if (spec.startsWith("file:")) return "file";
  if (spec.startsWith("link:")) return "link";
  return void 0;
}
function entriesOf(value, path, where) {
  if (value === void 0) return {};
  if (!isObject(value)) throw new ChainsealError("lockfile-invalid", `${path}: ${where} is ${describe(value)}, not a map of packages; regenerate the lockfile`);
  for (const [key, entry] of Object.entries(value)) entryOf(entry, path, `${where}[${JSON.stringify(key)}]`);
  return value;
}
function entryOf(value, path, where) {
  if (!isObject(value)) throw new ChainsealError("lockfile-invalid", `${path}: ${where} is ${describe(value)}, where an object belongs; regenerate the lockfile`);
  return value;
}
function textFields(entry, keys, path, where) {
  const fields = {};
  for (const key of keys) {
    const value = entry[key];
    if (value === void 0) continue;
    if (typeof value !== "string") throw new ChainsealError("lockfile-invalid", `${path}: ${where}.${key} is ${describe(value)}, not a string; regenerate the lockfile`);
    fields[key] = value;
  }
  return fields;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}

export {
  kindOf,
  entriesOf,
  entryOf,
  textFields
};
