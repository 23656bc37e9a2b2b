import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  SEVERITIES,
  compareFindings,
  severityRank
} from "./chunk-BHXCY7IC.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// package.json
var package_default = {
  name: "chainseal",
  version: "0.1.0",
  description: "Guards a software supply chain: hashes trees and archives into manifests and verifies them, signs with Sigstore, checks lockfiles and scans for secrets.",
  license: "Apache-2.0",
  type: "module",
  bin: {
    chainseal: "dist/cli.js"
  },
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/lib.js"
    },
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  },
  types: "./dist/types/index.d.ts",
  files: [
    "dist",
    "schemas",
    "action.yml"
  ],
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    bench: "node bench/integrity.mjs"
  },
  dependencies: {
    "@actions/core": "3.0.1",
    "@noble/curves": "2.4.0",
    "@sigstore/bundle": "5.0.1",
    "@sigstore/core": "4.0.1",
    "@sigstore/protobuf-specs": "0.5.2",
    "@sigstore/sign": "5.1.0",
    "@sigstore/tuf": "5.0.1",
    "@sigstore/verify": "4.1.3",
    "@yarnpkg/parsers": "3.1.0",
    ajv: "8.20.0",
    "ajv-formats": "3.0.1",
    ignore: "7.0.16",
    ini: "7.0.0",
    nodemailer: "10.6.0",
    picomatch: "4.0.7",
    re2js: "2.10.0",
    "smol-toml": "1.9.1",
    tar: "7.5.23",
    yaml: "2.9.1"
  },
  devDependencies: {
    "@github/local-action": "7.0.1",
    "@microsoft/jest-sarif": "1.0.0-beta.0",
    "@peculiar/x509": "2.2.0",
    "@sigstore/mock": "0.13.0",
    "@types/ini": "4.1.1",
    "@types/node": "24.19.2",
    "@types/nodemailer": "8.0.2",
    "@types/picomatch": "4.0.3",
    "@types/smtp-server": "3.5.13",
    canonicalize: "5.1.0",
    esbuild: "0.28.2",
    node: "24.21.0",
    "reflect-metadata": "0.2.2",
    "smtp-server": "3.21.6",
    typescript: "6.0.3",
    vitest: "5.1.0"
  },
  overrides: {
    traverse: "0.3.9"
  }
};

// src/version.ts
var TOOL = { name: "chainseal", version: package_default.version };

// src/findings/policy.ts
var FAIL_ON_VALUES = [...SEVERITIES, "none"];
var DEFAULT_FAIL_ON = "high";
function parseFailOn(value, inputName = "--fail-on") {
  if (FAIL_ON_VALUES.includes(value)) return value;
  throw new ChainsealError(
    "usage",
    `${inputName} must be one of ${FAIL_ON_VALUES.join(", ")} (got "${value}")`
  );
}
function isFailing(finding, policy) {
  return policy.failOn !== "none" && severityRank(finding.severity) <= severityRank(policy.failOn);
}

// src/findings/report.ts
var REPORT_VERSION = 1;
function buildReport(command, findings, policy, stats = {}) {
  const kept = policy.baseline ? findings.filter((f) => !policy.baseline.has(f.fingerprint)) : findings;
  const sorted = [...kept].sort(compareFindings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  const byCategory = {};
  let failing = 0;
  for (const f of sorted) {
    bySeverity[f.severity]++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    if (isFailing(f, policy)) failing++;
  }
  return {
    reportVersion: REPORT_VERSION,
    tool: { ...TOOL },
    command,
    status: failing > 0 ? "fail" : "pass",
    summary: { findings: sorted.length, suppressed: findings.length - kept.length, failing, failOn: policy.failOn, bySeverity, byCategory },
    stats,
    findings: sorted
  };
}
var IncompleteRunError = class extends ChainsealError {
  findings;
  stats;
  constructor(error, done) {
    super(error.code, error.message, { cause: error });
    this.findings = done.findings;
    this.stats = done.stats;
  }
};
function errorReport(command, error, policy) {
  const done = error instanceof IncompleteRunError ? buildReport(command, error.findings, policy, error.stats) : buildReport(command, [], policy);
  return { ...done, status: "error", error: { code: error.code, message: error.message } };
}
function exitCodeFor(status) {
  return status === "pass" ? 0 : status === "fail" ? 1 : 2;
}

export {
  DEFAULT_FAIL_ON,
  parseFailOn,
  TOOL,
  buildReport,
  IncompleteRunError,
  errorReport,
  exitCodeFor
};
