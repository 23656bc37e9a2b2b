import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/integrity/names.ts
import { isUtf8 } from "node:buffer";
var decoder = new TextDecoder("utf-8");
function encodePath(bytes) {
  if (isUtf8(bytes)) return { path: bytes.toString("utf8") };
  return { path: decoder.decode(bytes), pathBytes: bytes.toString("base64") };
}
function pathBytes(entry) {
  return entry.pathBytes !== void 0 ? Buffer.from(entry.pathBytes, "base64") : Buffer.from(entry.path, "utf8");
}
function compareBytes(a, b) {
  return Buffer.compare(a, b);
}
function comparePaths(a, b) {
  if (a.pathBytes === void 0 && b.pathBytes === void 0) return compareAsUtf8(a.path, b.path);
  return Buffer.compare(pathBytes(a), pathBytes(b));
}
function compareAsUtf8(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return utf8Rank(x) - utf8Rank(y);
  }
  return a.length - b.length;
}
function utf8Rank(unit) {
  return unit >= 55296 && unit <= 57343 ? unit + 8192 : unit >= 57344 ? unit - 2048 : unit;
}
function unsafePathReason(path) {
  const text = typeof path === "string" ? path : Buffer.from(path).toString("latin1");
  if (!SUSPICIOUS.test(text)) return void 0;
  if (text.length === 0) return "is empty";
  if (text.includes("\0")) return "holds a NUL byte";
  if (text.startsWith("/")) return "is absolute";
  const segments = text.split("/");
  if (segments.includes("..")) return 'holds a ".." segment';
  return 'is not in canonical form (empty or "." segment)';
}
var SUSPICIOUS = /^$|\0|^\/|\/\/|\/$|(^|\/)\.\.?(\/|$)/;
function isWithin(path, base) {
  return base === "" || path === base || path.startsWith(base + "/");
}
function joinBytes(dir, name) {
  return dir.length === 0 ? name : Buffer.concat([dir, SLASH, name]);
}
function joinPath(dir, name) {
  if (typeof dir === "string" && typeof name === "string") return dir === "" ? name : dir + "/" + name;
  const dirBytes = typeof dir === "string" ? Buffer.from(dir) : dir;
  const nameBytes = typeof name === "string" ? Buffer.from(name) : name;
  return joinBytes(dirBytes, nameBytes);
}
function joinBase(base, path) {
  return typeof path === "string" ? base + path : Buffer.concat([Buffer.from(base), path]);
}
function encodeFsPath(path) {
  return typeof path === "string" ? { path } : encodePath(path);
}
var SLASH = Buffer.from("/");
var ASCII = /^[\x00-\x7f]*$/;
function collisionKey(name) {
  return (ASCII.test(name) ? name : name.normalize("NFC")).toLowerCase();
}

export {
  encodePath,
  pathBytes,
  compareBytes,
  comparePaths,
  compareAsUtf8,
  unsafePathReason,
  isWithin,
  joinPath,
  joinBase,
  encodeFsPath,
  collisionKey
};
