import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  BUILTIN_SCAN_RULES,
  RuleSet,
  compileRules,
  emptyCounts,
  scanFile
} from "./chunk-5A4STH6A.js";
import "./chunk-G26LGSNL.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-55WHQGKO.js";
import "./chunk-PSLIV6LW.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/scan/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { config, maxBytes } = workerData;
var { rules, allowlist } = compileRules(config, BUILTIN_SCAN_RULES);
var ruleSet = new RuleSet(rules, allowlist);
parentPort.on("message", ({ id, files }) => {
  const counts = emptyCounts();
  const findings = files.flatMap(({ file, path }) => scanFile(ruleSet, file, path, maxBytes, counts));
  parentPort.postMessage({ id, findings, counts });
});
