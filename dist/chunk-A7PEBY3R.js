import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  pathBytes
} from "./chunk-NTTU4NFM.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// src/integrity/export.ts
var EXPORT_FORMATS = ["sha256sum", "sha512sum", "mtree"];
function exportManifest(manifest, format) {
  if (format === "mtree") return mtree(manifest);
  const wanted = format === "sha256sum" ? "sha256" : "sha512";
  if (manifest.algorithm !== wanted)
    throw new ChainsealError("usage", `--export ${format} needs a ${wanted} manifest, this one is ${manifest.algorithm}; use --algorithm ${wanted} or --export ${manifest.algorithm}sum`);
  return checksums(manifest.entries);
}
function checksums(entries) {
  const lines = [];
  for (const entry of entries) {
    if (entry.type !== "file") continue;
    const name = pathBytes(entry);
    const needsEscape = name.some((b) => b === 92 || b === 10 || b === 13);
    const escaped = needsEscape ? escapeBytes(name, COREUTILS_ESCAPES) : name;
    lines.push(Buffer.concat([Buffer.from(needsEscape ? "\\" : ""), Buffer.from(`${entry.digest}  `), escaped, NEWLINE]));
  }
  return lines;
}
var NEWLINE = Buffer.from("\n");
var COREUTILS_ESCAPES = { 92: "\\\\", 10: "\\n", 13: "\\r" };
function escapeBytes(name, escapes) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const replacement = escapes[name[i]];
    if (replacement === void 0) continue;
    parts.push(name.subarray(start, i), Buffer.from(replacement));
    start = i + 1;
  }
  parts.push(name.subarray(start));
  return Buffer.concat(parts);
}
function mtree(manifest) {
  const keyword = `${manifest.algorithm}digest`;
  const lines = [Buffer.from("#mtree\n. type=dir\n")];
  const listed = /* @__PURE__ */ new Set();
  for (const entry of manifest.entries) {
    const name = pathBytes(entry);
    for (let i = name.indexOf(47); i !== -1; i = name.indexOf(47, i + 1)) {
      const dir = name.subarray(0, i);
      const key = dir.toString("latin1");
      if (listed.has(key)) continue;
      listed.add(key);
      lines.push(Buffer.from(`./${mtreeName(dir)} type=dir
`));
    }
    const keywords = [`type=${MTREE_TYPES[entry.type]}`, `mode=${entry.mode}`];
    if (entry.type === "file") keywords.push(`size=${entry.size}`, `${keyword}=${entry.digest}`);
    if (entry.type === "symlink") keywords.push(`link=${mtreeName(entry.targetBytes !== void 0 ? Buffer.from(entry.targetBytes, "base64") : Buffer.from(entry.target))}`);
    lines.push(Buffer.from(`./${mtreeName(name)} ${keywords.join(" ")}
`));
  }
  return lines;
}
var MTREE_TYPES = {
  file: "file",
  symlink: "link",
  fifo: "fifo",
  socket: "socket",
  "char-device": "char",
  "block-device": "block"
};
function mtreeName(name) {
  let out = "";
  for (const byte of name) {
    const safe = byte >= 48 && byte <= 57 || byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || SAFE_PUNCTUATION.has(byte);
    out += safe ? String.fromCharCode(byte) : "\\" + byte.toString(8).padStart(3, "0");
  }
  return out;
}
var SAFE_PUNCTUATION = new Set(Buffer.from("._-+,@%:/~^"));

export {
  EXPORT_FORMATS,
  exportManifest
};
