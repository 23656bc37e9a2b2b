import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  verifyLog
} from "./chunk-6TJY37RX.js";
import {
  LOG_RULES
} from "./chunk-UMYCGFF3.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
import {
  readInputText
} from "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/commands/log.ts
import { resolve } from "node:path";
var TOP_PATHS = 10;
function logCommand(action, options) {
  const text = readInputText(resolve(options.cwd, options.file), `event log ${options.file}`);
  const { records, breaks } = verifyLog(text);
  const findings = breaks.map((b) => createFinding(LOG_RULES.chainBroken, { message: `line ${b.line} ${b.reason}`, location: { path: options.file, line: b.line }, identity: [String(b.line), b.reason] }));
  if (records.length === 0 && breaks.length === 0)
    findings.push(createFinding(LOG_RULES.empty, { message: "the log holds no records; a watch writes its start record at once, so this log was never written by one or was emptied", location: { path: options.file } }));
  if (options.head !== void 0 && !records.some((r) => r.hash === options.head))
    findings.push(
      createFinding(LOG_RULES.headMissing, {
        message: `record ${options.head.slice(0, 16)}\u2026 is not in the log (its head is now ${records.length ? `${records.at(-1).hash.slice(0, 16)}\u2026` : "no record"}): records were cut from its end, or this is another log`,
        location: { path: options.file }
      })
    );
  const stats = { records: records.length };
  if (records.length) stats.head = records.at(-1).hash;
  if (action === "verify") return buildReport("log verify", findings, options.policy, stats);
  const since = options.since;
  const chosen = since ? records.filter((r) => Date.parse(r.time) >= since.getTime()) : records;
  if (since) stats.since = since.toISOString();
  stats.events = chosen.length;
  const byKind = /* @__PURE__ */ new Map();
  const byPath = /* @__PURE__ */ new Map();
  for (const record of chosen) {
    byKind.set(record.kind, (byKind.get(record.kind) ?? 0) + 1);
    if (record.path !== void 0) byPath.set(record.path, (byPath.get(record.path) ?? 0) + 1);
  }
  for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) stats[kind] = count;
  const top = [...byPath].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_PATHS);
  if (top.length) stats.paths = top.map(([path, count]) => `${path} (${count})`).join(", ");
  return buildReport("log summary", findings, options.policy, stats);
}
export {
  logCommand
};
