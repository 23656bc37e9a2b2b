import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  renderText,
  validateConfig
} from "./chunk-O6FEGKDC.js";
import {
  writeFileAtomic
} from "./chunk-X6DDL2CM.js";
import {
  readJsonDocument
} from "./chunk-4U5IABK7.js";
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
function configFromFlags(values, cwd, baseDir) {
  const config = {};
  for (const spec of CHECK_FLAGS) {
    const raw = values[spec.flag];
    if (raw === void 0) continue;
    setOption(config, spec.key, convert(spec, raw));
  }
  for (const spec of CHECK_FLAGS) if (spec.kind === "false" && spec.key.length === 1 && values[spec.flag]) config[spec.key[0]] = false;
  const valid = validateConfig(config, "a flag", flagName);
  return rebasePaths(valid, cwd, baseDir);
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
function flagName(field) {
  const key = field.replace(/\[\d+\]$/, "").split(".");
  const spec = CHECK_FLAGS.find((s) => s.key.length === key.length && s.key.every((k, i) => k === key[i]) && s.kind !== "false");
  return spec ? `--${spec.flag}` : field;
}

// schemas/baseline.schema.json
var baseline_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/chainseal/chainseal/schemas/baseline.schema.json",
  title: "chainseal baseline",
  description: "Findings accepted as they are: a run with --baseline fails only on findings not listed here.",
  type: "object",
  required: ["baselineVersion", "findings"],
  additionalProperties: false,
  properties: {
    baselineVersion: { const: 1, description: "the baseline format version, 1" },
    findings: {
      type: "array",
      description: "the accepted findings, by fingerprint; rule and path are for people",
      items: {
        type: "object",
        required: ["fingerprint"],
        additionalProperties: false,
        properties: {
          fingerprint: { type: "string", pattern: "^[0-9a-f]{32}$", description: "a finding's fingerprint, 32 hex digits" },
          ruleId: { type: "string" },
          path: { type: "string" }
        }
      }
    }
  }
};

// src/findings/baseline.ts
function readBaseline(path, name = path) {
  const baseline = readJsonDocument(path, {
    label: `baseline ${name}`,
    schema: baseline_schema_default,
    code: "baseline-invalid",
    fixUnreadable: "write one with --write-baseline",
    fixNotJson: "write it again with --write-baseline"
  });
  return new Set(baseline.findings.map((f) => f.fingerprint));
}
function writeBaseline(path, findings) {
  const entries = findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, ...f.location && { path: f.location.path } })).sort((a, b) => a.fingerprint < b.fingerprint ? -1 : 1);
  writeFileAtomic(path, [JSON.stringify({ baselineVersion: 1, findings: entries }, null, 2) + "\n"]);
}

// src/findings/reporters/github.ts
var PER_LEVEL = 10;
var COMMAND = { critical: "error", high: "error", medium: "warning", low: "notice", info: "notice" };
function renderGithub(report) {
  const lines = annotations(report);
  return lines.join("\n") + (lines.length ? "\n" : "") + renderText({ ...report, findings: [] }, { color: false });
}
function annotations(report) {
  const lines = [];
  const shown = {};
  let left = 0;
  for (const finding of report.findings) {
    const command = COMMAND[finding.severity];
    if ((shown[command] = (shown[command] ?? 0) + 1) > PER_LEVEL) {
      left++;
      continue;
    }
    lines.push(annotation(command, finding));
  }
  if (left > 0) lines.push(`::notice title=chainseal::${escapeData(`${left} more findings are not annotated (GitHub shows ${PER_LEVEL} of each level); see the job summary and the SARIF report`)}`);
  return lines;
}
function annotation(command, finding) {
  const properties = [`title=${escapeProperty(`${finding.ruleId} (${finding.severity})`)}`];
  if (finding.location) {
    properties.unshift(`file=${escapeProperty(finding.location.path)}`);
    if (finding.location.line !== void 0) properties.push(`line=${finding.location.line}`);
    if (finding.location.column !== void 0) properties.push(`col=${finding.location.column}`);
  }
  return `::${command} ${properties.join(",")}::${escapeData(finding.message)}`;
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export {
  checkFlagOptions,
  configFromFlags,
  setOption,
  rebasePaths,
  byteSize,
  readBaseline,
  writeBaseline,
  renderGithub,
  annotations
};
