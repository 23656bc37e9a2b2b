import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-BHXCY7IC.js";

// src/findings/reporters/text.ts
var SEVERITY_COLOR = {
  critical: "\x1B[1;31m",
  high: "\x1B[31m",
  medium: "\x1B[33m",
  low: "\x1B[36m",
  info: "\x1B[2m"
};
var STATUS_COLOR = { pass: "\x1B[32m", fail: "\x1B[1;31m", error: "\x1B[1;31m" };
var RESET = "\x1B[0m";
var COMMAND_STATS = { verifyCommand: "verify with chainseal", cosignCommand: "verify with cosign" };
function renderText(report, options) {
  const paint = (code, text) => options.color ? code + text + RESET : text;
  const lines = [summaryLine(report, paint)];
  for (const [key, label] of Object.entries(COMMAND_STATS)) if (typeof report.stats[key] === "string") lines.push(`${label}: ${oneLine(report.stats[key])}`);
  for (const finding of report.findings) lines.push(findingLine(finding, paint));
  return lines.join("\n") + "\n";
}
function summaryLine(report, paint) {
  const head = `chainseal ${report.command}: ${paint(STATUS_COLOR[report.status], report.status.toUpperCase())}`;
  const { findings, failing, failOn, bySeverity } = report.summary;
  const counts = SEVERITIES.filter((s) => bySeverity[s] > 0).map((s) => `${bySeverity[s]} ${s}`);
  const found = `${plural(findings, "finding")} (${counts.join(", ")}), ${failing} at or above ${failOn}`;
  if (report.error) return `${head}: ${oneLine(report.error.message)}${findings ? `; the checks that ran: ${found}` : ""}`;
  const parts = [findings === 0 ? "no findings" : found];
  if (report.summary.suppressed) parts.push(`${report.summary.suppressed} accepted by the baseline`);
  for (const [key, value] of Object.entries(report.stats)) if (!(key in COMMAND_STATS)) parts.push(`${key} ${value}`);
  return `${head}: ${parts.join("; ")}`;
}
function findingLine(finding, paint) {
  const where = finding.location ? oneLine(formatLocation(finding.location)) + ": " : "";
  const severity = paint(SEVERITY_COLOR[finding.severity], finding.severity.padEnd(8));
  return `${severity} ${finding.ruleId} ${where}${oneLine(finding.message)}`;
}
function formatLocation(location) {
  let text = location.path;
  if (location.line !== void 0) text += `:${location.line}`;
  if (location.line !== void 0 && location.column !== void 0) text += `:${location.column}`;
  return text;
}
function oneLine(text) {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\\]/g,
    (c) => c === "\\" ? "\\\\" : c === "\n" ? "\\n" : c === "	" ? "\\t" : c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`
  );
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export {
  COMMAND_STATS,
  renderText
};
