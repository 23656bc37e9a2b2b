import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// src/config/check-flags.ts
import { isAbsolute, resolve } from "node:path";
var CHECK_FLAGS = [
  { flag: "fail-on", key: ["failOn"], kind: "string" },
  { flag: "baseline", key: ["baseline"], kind: "path" },
  { flag: "manifest", key: ["manifest", "file"], kind: "path" },
  { flag: "no-manifest", key: ["manifest"], kind: "false" },
  { flag: "mode", key: ["manifest", "mode"], kind: "string" },
  { flag: "path", key: ["manifest", "paths"], kind: "paths" },
  { flag: "artifact", key: ["manifest", "artifacts"], kind: "paths" },
  { flag: "root", key: ["manifest", "root"], kind: "path" },
  { flag: "include", key: ["manifest", "include"], kind: "list" },
  { flag: "exclude", key: ["manifest", "exclude"], kind: "list" },
  { flag: "no-default-excludes", key: ["manifest", "defaultExcludes"], kind: "false" },
  { flag: "gitignore", key: ["manifest", "gitignore"], kind: "true" },
  { flag: "algorithm", key: ["manifest", "algorithm"], kind: "string" },
  { flag: "sign", key: ["signature"], kind: "true" },
  { flag: "no-signature", key: ["signature"], kind: "false" },
  { flag: "bundle", key: ["signature", "bundle"], kind: "path" },
  { flag: "key", key: ["signature", "key"], kind: "path" },
  { flag: "certificate-identity", key: ["signature", "certificateIdentity"], kind: "string" },
  { flag: "certificate-identity-regexp", key: ["signature", "certificateIdentityRegexp"], kind: "string" },
  { flag: "certificate-oidc-issuer", key: ["signature", "certificateOidcIssuer"], kind: "string" },
  { flag: "trusted-root", key: ["signature", "trustedRoot"], kind: "path" },
  { flag: "staging", key: ["signature", "staging"], kind: "true" },
  { flag: "fulcio-url", key: ["signature", "fulcioUrl"], kind: "string" },
  { flag: "rekor-url", key: ["signature", "rekorUrl"], kind: "string" },
  { flag: "tsa-url", key: ["signature", "tsaUrl"], kind: "string" },
  { flag: "deps", key: ["deps"], kind: "true" },
  { flag: "no-deps", key: ["deps"], kind: "false" },
  { flag: "lockfile", key: ["deps", "lockfiles"], kind: "paths" },
  { flag: "registry", key: ["deps", "registry"], kind: "string" },
  { flag: "allow-host", key: ["deps", "allowHosts"], kind: "list" },
  { flag: "tarballs", key: ["deps", "tarballs"], kind: "true" },
  { flag: "concurrency", key: ["deps", "concurrency"], kind: "integer" },
  { flag: "scan", key: ["scan"], kind: "true" },
  { flag: "no-scan", key: ["scan"], kind: "false" },
  { flag: "scan-path", key: ["scan", "paths"], kind: "paths" },
  { flag: "scan-root", key: ["scan", "root"], kind: "path" },
  { flag: "scan-include", key: ["scan", "include"], kind: "list" },
  { flag: "scan-exclude", key: ["scan", "exclude"], kind: "list" },
  { flag: "no-scan-default-excludes", key: ["scan", "defaultExcludes"], kind: "false" },
  { flag: "scan-gitignore", key: ["scan", "gitignore"], kind: "true" },
  { flag: "rules", key: ["scan", "rules"], kind: "paths" },
  { flag: "max-file-size", key: ["scan", "maxFileSize"], kind: "size" }
];
function checkFlagOptions() {
  const options = {};
  for (const { flag, kind } of CHECK_FLAGS)
    options[flag] = kind === "list" || kind === "paths" ? { type: "string", multiple: true } : kind === "true" || kind === "false" ? { type: "boolean" } : { type: "string" };
  return options;
}
function setOption(config, key, value) {
  if (key.length === 1) {
    config[key[0]] = value;
    return;
  }
  const [section, name] = key;
  const existing = config[section];
  if (existing !== false) config[section] = { ...typeof existing === "object" ? existing : {}, [name]: value };
}
function rebasePaths(config, cwd, baseDir) {
  if (baseDir === cwd) return config;
  const rebased = { ...config };
  const absolute = (p) => isAbsolute(p) ? p : resolve(cwd, p);
  for (const { key, kind } of CHECK_FLAGS) {
    if (kind !== "path" && kind !== "paths") continue;
    const holder = key.length === 1 ? rebased : rebased[key[0]];
    const name = key[key.length - 1];
    if (typeof holder !== "object" || holder[name] === void 0) continue;
    const value = holder[name];
    const copy = key.length === 1 ? holder : rebased[key[0]] = { ...holder };
    copy[name] = typeof value === "string" ? absolute(value) : value.map(absolute);
  }
  return rebased;
}
function convert(spec, raw) {
  switch (spec.kind) {
    case "true":
      return true;
    case "false":
      return false;
    case "list":
    case "path":
    case "paths":
      return raw;
    case "integer":
      return /^\d+$/.test(raw) ? Number(raw) : raw;
    case "size":
      return byteSize(spec.flag, raw);
    default:
      return raw;
  }
}
function byteSize(flag, value) {
  const match = /^(\d+)([km]?)$/i.exec(value);
  if (!match || Number(match[1]) === 0) throw new ChainsealError("usage", `--${flag} must be a size in bytes, optionally with k or m (got "${value}")`);
  const unit = match[2].toLowerCase();
  return Number(match[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 * 1024 : 1);
}

export {
  CHECK_FLAGS,
  checkFlagOptions,
  setOption,
  rebasePaths,
  convert,
  byteSize
};
