import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  givenPaths,
  resolveRoot
} from "./chunk-2NM5TTJP.js";
import {
  walkTree
} from "./chunk-OBHHEJCB.js";
import {
  joinBase
} from "./chunk-NTTU4NFM.js";
import {
  RuleSet,
  addCounts,
  emptyCounts,
  loadScanRules,
  scanFile
} from "./chunk-T2Y74K44.js";
import {
  BUILTIN_SCAN_RULES,
  SCAN_RULES,
  WORKFLOW_RULES
} from "./chunk-TKKDJE5N.js";
import {
  buildReport
} from "./chunk-CY5NJ4W7.js";

// src/scan/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var WORKER_URL = new URL(import.meta.url.endsWith(".ts") ? "./scan-worker.ts" : "./scan-worker.js", import.meta.url);
var BATCH_FILES = 32;
var IN_FLIGHT = 3;
var ScanPool = class {
  findings = [];
  counts = emptyCounts();
  #workers;
  #queue = [];
  #nextId = 0;
  #failure;
  #wake;
  constructor(data, threads = availableParallelism()) {
    this.#workers = Array.from({ length: Math.max(1, threads) }, () => {
      const slot = { worker: new Worker(WORKER_URL, { workerData: data }), inFlight: 0 };
      slot.worker.on("message", (response) => {
        slot.inFlight--;
        this.findings.push(...response.findings);
        addCounts(this.counts, response.counts);
        this.#pump();
        this.#wake?.();
      });
      slot.worker.on("error", (error) => {
        this.#failure ??= error;
        this.#wake?.();
      });
      return slot;
    });
  }
  add(batch) {
    this.#queue.push(batch);
    this.#pump();
  }
  /** Waits for every batch; a worker that failed fails the scan. */
  async finish() {
    try {
      while ((this.#queue.length > 0 || this.#workers.some((slot) => slot.inFlight > 0)) && !this.#failure) await new Promise((resolve) => this.#wake = resolve);
      if (this.#failure) throw this.#failure;
    } finally {
      await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
    }
  }
  #pump() {
    for (const slot of this.#workers) {
      while (slot.inFlight < IN_FLIGHT && this.#queue.length > 0) {
        const files = this.#queue.shift();
        slot.inFlight++;
        slot.worker.postMessage({ id: this.#nextId++, files });
      }
    }
  }
};

// src/commands/scan.ts
var DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
var POOL_THRESHOLD = 256;
function listScanRules(cwd, rulesFiles) {
  const { rules } = loadScanRules(cwd, rulesFiles, BUILTIN_SCAN_RULES);
  const all = [...rules, ...Object.values(WORKFLOW_RULES), ...Object.values(SCAN_RULES)];
  return all.map((rule) => `${rule.id.padEnd(40)} ${rule.severity.padEnd(8)} ${rule.description}`).join("\n") + `
${all.length} rules
`;
}
async function scanCommand(options) {
  const root = resolveRoot(options.cwd, options.root);
  const rels = givenPaths(root, options.cwd, options.paths, options.root, "scanned");
  const { config, rules, allowlist } = loadScanRules(options.cwd, options.rules, BUILTIN_SCAN_RULES);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const walk = walkTree(root, rels, { include: options.include, exclude: options.exclude, excludeFiles: [], defaultExcludes: options.defaultExcludes, gitignore: options.gitignore });
  let allowlisted = 0;
  let notRegular = 0;
  let files = [];
  let pool;
  let batches = 0;
  for (const entry of walk.entries) {
    if (entry.kind !== "file") notRegular++;
    else if (allowlist.paths.some((allowed) => allowed(entry.path.path))) allowlisted++;
    else files.push({ file: joinBase(root + "/", entry.rel), path: entry.path.path });
    if (!pool && files.length >= POOL_THRESHOLD && options.threads !== 1) pool = new ScanPool({ config, maxBytes: maxFileSize }, options.threads);
    if (pool && files.length >= BATCH_FILES) {
      pool.add(files);
      files = [];
      if (++batches % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const findings = [...walk.findings];
  let counts = emptyCounts();
  if (pool) {
    if (files.length) pool.add(files);
    await pool.finish();
    findings.push(...pool.findings);
    counts = pool.counts;
  } else {
    const ruleSet = new RuleSet(rules, allowlist);
    for (const { file, path } of files) findings.push(...scanFile(ruleSet, file, path, maxFileSize, counts));
  }
  return buildReport("scan", findings, options.policy, {
    files: counts.files,
    bytes: counts.bytes,
    rules: rules.length,
    skippedBinary: counts.skippedBinary,
    skippedLarge: counts.skippedLarge,
    skippedAllowlisted: allowlisted,
    skippedNotRegular: notRegular
  });
}

export {
  DEFAULT_MAX_FILE_SIZE,
  listScanRules,
  scanCommand
};
