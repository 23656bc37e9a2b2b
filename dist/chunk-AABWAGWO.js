import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  renderText
} from "./chunk-JNS5VHXW.js";

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
  renderGithub,
  annotations
};
