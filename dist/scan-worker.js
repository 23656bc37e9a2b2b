import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  RuleSet,
  compileRules,
  emptyCounts,
  scanFile
} from "./chunk-VUTROXCM.js";
import "./chunk-OKLZT4PJ.js";
import "./chunk-SZYV5HAW.js";
import {
  BUILTIN_SCAN_RULES
} from "./chunk-AQYDNAFN.js";
import "./chunk-355TBZ3U.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
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
