import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/findings/finding.ts
import { createHash } from "node:crypto";
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var CATEGORIES = ["integrity", "signature", "dependency", "secret", "injection", "workflow", "posture"];
function ruleMaker(namespace, category) {
  return (id, severity, description) => ({ id: `${namespace}/${id}`, category, severity, description });
}
function createFinding(rule, init) {
  const finding = {
    ruleId: rule.id,
    severity: rule.severity,
    category: rule.category,
    message: init.message,
    fingerprint: fingerprint(rule.id, init.location?.path ?? "", ...init.identity ?? [])
  };
  if (init.location) finding.location = init.location;
  if (init.evidence !== void 0) finding.evidence = init.evidence;
  return finding;
}
function fingerprint(...parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex").slice(0, 32);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function compareFindings(a, b) {
  return severityRank(a.severity) - severityRank(b.severity) || compareStrings(a.location?.path ?? "", b.location?.path ?? "") || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  SEVERITIES,
  CATEGORIES,
  ruleMaker,
  createFinding,
  severityRank,
  compareFindings
};
