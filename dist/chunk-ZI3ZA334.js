import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-K3BPYAA3.js";
import {
  readJsonDocument
} from "./chunk-IWQF2CKZ.js";

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

export {
  readBaseline,
  writeBaseline
};
