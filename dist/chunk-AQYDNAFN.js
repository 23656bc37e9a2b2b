import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  require_dist
} from "./chunk-355TBZ3U.js";
import {
  createFinding,
  ruleMaker
} from "./chunk-BHXCY7IC.js";
import {
  __toESM
} from "./chunk-V4ML7QKM.js";

// src/scan/workflow.ts
var import_yaml = __toESM(require_dist(), 1);

// src/scan/rule.ts
function v8Pattern(regex) {
  const flags = regex.flags.replace(/[gdy]/g, "");
  const global = new RegExp(regex.source, flags + "gd");
  const once = new RegExp(regex.source, flags);
  const sticky = new RegExp(regex.source, flags + "yd");
  return {
    matchAll: (text) => text.matchAll(global),
    test: (text) => once.test(text),
    matchAt: (text, index) => {
      sticky.lastIndex = index;
      return sticky.exec(text);
    }
  };
}
function selectsRule(selector, id) {
  return selector === id || selector.endsWith("/*") && id.startsWith(selector.slice(0, -1));
}
function extensionOf(path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

// src/scan/suppress.ts
function isSuppressed(ruleId, line, previous) {
  if (line.includes("gitleaks:allow")) return true;
  const named = (text) => {
    for (const match of text.matchAll(/chainseal-ignore:\s*([\w./*-]+)/g)) if (selectsRule(match[1], ruleId)) return true;
    return false;
  };
  return named(line) || /^\s*(?:\/\/|#|\/\*|\*|<!--|--|;)/.test(previous) && named(previous);
}

// src/scan/workflow.ts
var workflow = ruleMaker("workflow", "workflow");
var WORKFLOW_RULES = {
  untrustedContext: workflow("untrusted-context", "high", "An attacker-controlled context (issue or PR title/body, comment, branch name, commit message\u2026) is expanded into a run: script or github-script; pass it through env: instead."),
  prTargetCheckout: workflow("pr-target-checkout", "critical", "A pull_request_target or workflow_run job checks out the pull request's code, which then runs with the base repository's secrets and write token."),
  unpinnedAction: workflow("unpinned-action", "medium", "A third-party action or reusable workflow is referenced by a tag or branch, which its owner can move; pin it to a full commit SHA."),
  invalidYaml: workflow("invalid-yaml", "medium", "A workflow or action file is not valid YAML, so it could not be analysed (GitHub rejects it too)."),
  invalidShape: workflow("invalid-shape", "medium", "A workflow or action file is YAML but not in the shape GitHub reads (its top level, jobs or steps are not what they must be), so that part could not be analysed (GitHub rejects it too).")
};
function isWorkflowPath(path) {
  return /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /(?:^|\/)action\.ya?ml$/.test(path);
}
var UNTRUSTED = new RegExp(
  [
    String.raw`github\.event\.(?:issue|pull_request|discussion)\.(?:title|body)`,
    String.raw`github\.event\.(?:comment|review|review_comment|discussion_comment)\.body`,
    String.raw`github\.event\.pull_request\.head\.(?:ref|label|repo\.(?:default_branch|description|homepage|name|full_name))`,
    String.raw`github\.event\.pages\.[\w*]+\.page_name`,
    String.raw`github\.event\.(?:commits\.[\w*]+|head_commit|workflow_run\.head_commit|merge_group\.head_commit)\.(?:message|author\.(?:email|name)|committer\.(?:email|name))`,
    String.raw`github\.event\.workflow_run\.(?:head_branch|display_title|pull_requests\.[\w*]+\.head\.ref|head_repository\.description)`,
    String.raw`github\.event\.(?:check_suite|check_run\.check_suite)\.head_branch`,
    String.raw`github\.event\.release\.(?:name|body|tag_name)`,
    String.raw`github\.head_ref`,
    // The whole event, or a whole part of it, serialised into the script.
    String.raw`toJSON\(\s*github\.event(?:\.(?:issue|pull_request|comment|review|discussion|head_commit|commits|workflow_run))?\s*\)`
  ].map((p) => `(?:${p})`).join("|")
);
var PR_HEAD = /github\.event\.pull_request\.head\.(?:sha|ref|repo\.full_name)|github\.head_ref|github\.event\.workflow_run\.(?:head_sha|head_branch|head_repository\.full_name)|refs\/pull\/|github\.event\.(?:number|pull_request\.number|pull_request\.merge_commit_sha)/;
var PRIVILEGED_TRIGGERS = /* @__PURE__ */ new Set(["pull_request_target", "workflow_run"]);
var FIRST_PARTY = /^(?:actions|github)\//;
function analyseWorkflow(path, text) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0];
    return [createFinding(WORKFLOW_RULES.invalidYaml, { message: `not valid YAML (${error.message.split("\n")[0]}); fix it so it can be analysed`, location: { path, line: lineCounter.linePos(error.pos[0]).line } })];
  }
  const root = document.contents;
  const findings = [];
  const misshapen = (node, what) => findings.push(createFinding(WORKFLOW_RULES.invalidShape, { message: `${what}; fix it so it can be analysed`, location: { path, line: lineCounter.linePos(node?.range?.[0] ?? 0).line }, identity: [what] }));
  if (!(0, import_yaml.isMap)(root)) {
    misshapen(root, `the file is ${describeNode(root)}, where a mapping (on:, jobs: \u2026 or name:, runs: \u2026) belongs`);
    return findings;
  }
  const seen = /* @__PURE__ */ new Map();
  const at = (node, offset = 0) => {
    const position = lineCounter.linePos((node?.range?.[0] ?? 0) + offset);
    return { path, line: position.line, column: position.col };
  };
  let lines;
  const report = (rule, message, location, identity) => {
    lines ??= text.split("\n");
    if (isSuppressed(rule.id, lines[location.line - 1] ?? "", lines[location.line - 2] ?? "")) return;
    const count = seen.get(rule.id + identity) ?? 0;
    seen.set(rule.id + identity, count + 1);
    findings.push(createFinding(rule, { message, location, identity: [identity, String(count)] }));
  };
  const isAction = /(?:^|\/)action\.ya?ml$/.test(path);
  const triggers = isAction ? /* @__PURE__ */ new Set() : triggersOf(root.get("on", true));
  const privileged = [...triggers].filter((t) => PRIVILEGED_TRIGGERS.has(t));
  const checkUses = (node) => {
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return;
    const uses = node.value.trim();
    if (uses.startsWith("./") || uses.startsWith(".\\")) return;
    if (uses.startsWith("docker://")) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) report(WORKFLOW_RULES.unpinnedAction, `${uses} is not pinned to an image digest (@sha256:\u2026)`, at(node), uses);
      return;
    }
    const [name, ref] = uses.split("@");
    if (FIRST_PARTY.test(name)) return;
    if (ref === void 0 || !/^[0-9a-f]{40}$/.test(ref)) report(WORKFLOW_RULES.unpinnedAction, `${uses} is not pinned to a full commit SHA; use ${name}@<40-hex SHA> # ${ref ?? "version"}`, at(node), uses);
  };
  const checkScript = (node, where) => {
    if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return;
    const source = text.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
    for (const match of node.value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
      const expression = match[1].trim();
      const normalised = expression.replace(/\[\s*'([^']*)'\s*\]/g, ".$1").replace(/\[\s*"([^"]*)"\s*\]/g, ".$1").replace(/\[\s*\*\s*\]/g, ".*").replace(/\[\s*\d+\s*\]/g, ".*");
      const untrusted = UNTRUSTED.exec(normalised);
      if (!untrusted) continue;
      const offset = source.indexOf(match[0]);
      report(
        WORKFLOW_RULES.untrustedContext,
        `${untrusted[0]} is expanded into ${where}, so its value runs as code; set it in env: (e.g. TITLE: \${{ ${untrusted[0]} }}) and use "$TITLE"`,
        at(node, offset >= 0 ? offset : 0),
        expression
      );
    }
  };
  const checkSteps = (steps, where) => {
    if (steps === void 0) return;
    if (!(0, import_yaml.isSeq)(steps)) return void misshapen(steps, `${where}.steps is ${describeNode(steps)}, where a list of steps belongs`);
    for (const [index, step] of steps.items.entries()) {
      if (!(0, import_yaml.isMap)(step)) {
        misshapen(step, `${where}.steps[${index}] is ${describeNode(step)}, where a step (a mapping) belongs`);
        continue;
      }
      const uses = step.get("uses", true);
      checkUses(uses);
      checkScript(step.get("run", true), "a run: script");
      const usesName = (0, import_yaml.isScalar)(uses) && typeof uses.value === "string" ? uses.value.split("@")[0].toLowerCase() : "";
      const inputs = step.get("with", true);
      if (usesName === "actions/github-script" && (0, import_yaml.isMap)(inputs)) checkScript(inputs.get("script", true), "github-script's script:");
      if (privileged.length === 0) continue;
      const run = scalarText(step, "run");
      const checksOutHead = usesName === "actions/checkout" && (0, import_yaml.isMap)(inputs) && ["ref", "repository"].some((key) => PR_HEAD.test(scalarText(inputs, key))) || /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|checkout|pull)\b[^\n]*(?:refs\/pull\/|pull\/[^\s/]+\/head)/.test(run) || /\bgit\s+(?:fetch|checkout)\b/.test(run) && PR_HEAD.test(run);
      if (checksOutHead) report(WORKFLOW_RULES.prTargetCheckout, `on ${privileged.join(", ")}, this step checks out the pull request's head; build untrusted code in a pull_request workflow without secrets instead`, at(step), `${usesName}:${scalarText(inputs, "ref")}:${run}`);
    }
  };
  if (isAction) {
    const runs = root.get("runs", true);
    if (!(0, import_yaml.isMap)(runs)) misshapen(runs ?? root, `runs is ${describeNode(runs)}, where a mapping with using: belongs`);
    else if (scalarText(runs, "using") === "composite") checkSteps(runs.get("steps", true), "runs");
    return findings;
  }
  const jobs = root.get("jobs", true);
  if (!(0, import_yaml.isMap)(jobs)) {
    misshapen(jobs ?? root, `jobs is ${describeNode(jobs)}, where a mapping of jobs belongs`);
    return findings;
  }
  for (const pair of jobs.items) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?";
    const job = pair.value;
    if (!(0, import_yaml.isMap)(job)) {
      misshapen(job ?? pair.key, `jobs.${name} is ${describeNode(job)}, where a job (a mapping) belongs`);
      continue;
    }
    checkUses(job.get("uses", true));
    checkSteps(job.get("steps", true), `jobs.${name}`);
  }
  return findings;
}
function describeNode(node) {
  if (node === void 0) return "missing";
  if (node === null || (0, import_yaml.isScalar)(node) && node.value === null) return "empty";
  if ((0, import_yaml.isSeq)(node)) return "a list";
  if ((0, import_yaml.isMap)(node)) return "a mapping";
  if ((0, import_yaml.isScalar)(node)) return JSON.stringify(node.value)?.slice(0, 40) ?? String(node.value);
  return "not a plain value";
}
function triggersOf(on) {
  if ((0, import_yaml.isScalar)(on)) return /* @__PURE__ */ new Set([String(on.value)]);
  if ((0, import_yaml.isSeq)(on)) return new Set(on.items.filter(import_yaml.isScalar).map((item) => String(item.value)));
  if ((0, import_yaml.isMap)(on)) return new Set(on.items.map((pair) => (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : ""));
  return /* @__PURE__ */ new Set();
}
function scalarText(map, key) {
  const value = map?.get(key, true);
  return (0, import_yaml.isScalar)(value) && value.value !== null && value.value !== void 0 ? String(value.value) : "";
}

// src/scan/packs/injection.ts
var JS = [".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx", ".mts", ".cts", ".vue", ".svelte"];
var PY = [".py", ".pyw"];
var SQL_LANGUAGES = [...JS, ...PY, ".java", ".kt", ".cs", ".php", ".rb", ".go", ".scala"];
function injection(id, severity, description, keywords, extensions, regex) {
  return {
    id: `injection/${id}`,
    category: "injection",
    severity,
    description,
    pattern: v8Pattern(regex),
    keywords,
    anchored: true,
    secretGroup: 0,
    files: { extensions }
  };
}
var SQL_START = String.raw`\s*(?:select\s[^"'\x60\n]{0,200}?\sfrom|insert\s+into|update\s[^"'\x60\n]{0,100}?\sset|delete\s+from|replace\s+into|merge\s+into)\b`;
var SQL_START_UPPER = String.raw`(?:SELECT\s[^"'\x60\n]{0,200}?\sFROM|INSERT\s+INTO|UPDATE\s[^"'\x60\n]{0,100}?\sSET|DELETE\s+FROM)\b`;
var REST = (n) => `(?:(?!\\${n})[^\\n\\\\])*`;
var SQL_CALLS = ["query", "execute", "executemany", "exec", "raw", "prepare", "executeQuery", "executeUpdate", "createQuery", "createNativeQuery", "$queryRawUnsafe", "$executeRawUnsafe"];
var SQL_CALL = String.raw`(?<![\w$])(?:${SQL_CALLS.map((name) => name.replace("$", "\\$")).join("|")})\s*\(\s*`;
var SQL_KEYWORDS = SQL_CALLS.map((name) => name.toLowerCase());
var INJECTION_RULES = [
  injection(
    "sql-concat",
    "high",
    "SQL built by concatenation or %/format() and passed to a query call; use parameters.",
    SQL_KEYWORDS,
    SQL_LANGUAGES,
    new RegExp(String.raw`${SQL_CALL}(["'])${SQL_START}${REST(1)}\1\s*(?:\+|%\s*[\w(]|\.\s*format\s*\()`, "gi")
  ),
  injection(
    "sql-interpolation",
    "high",
    "SQL built by a template literal or f-string interpolation and passed to a query call; use parameters.",
    SQL_KEYWORDS,
    SQL_LANGUAGES,
    new RegExp(String.raw`${SQL_CALL}(?:\x60${SQL_START}[^\x60]{0,2000}?\$\{|f(["'])${SQL_START}${REST(1)}\{[^}\n]+\})`, "gi")
  ),
  injection(
    "sql-string-built",
    "medium",
    "A SQL statement concatenated with a variable; if it reaches a query, that is SQL injection.",
    ["select", "insert", "update", "delete"],
    [...JS, ...PY, ".java", ".php"],
    new RegExp(String.raw`(?<=(["'])\s{0,4})${SQL_START_UPPER}${REST(1)}\1\s*\+\s*[A-Za-z_$][\w$.[\]]*`, "g")
  ),
  injection(
    "eval",
    "high",
    "eval() or new Function() on a value that is not a string literal.",
    ["eval", "new function"],
    JS,
    /(?:(?<![\w$.])eval\s*\(\s*(?![\s)]|(["'])[^"'\n]*\1\s*\)|\x60[^\x60$]*\x60\s*\))|\bnew\s+Function\s*\((?!\s*\)|\s*(?:(["'])[^"'\n]*\2\s*,\s*)*(["'])[^"'\n]*\3\s*\)))/g
  ),
  injection(
    "python-eval",
    "high",
    "Python eval() or exec() on a value that is not a string literal.",
    ["eval", "exec"],
    PY,
    /(?<![\w.])(?:eval|exec)\s*\(\s*(?![\s)]|[rbuf]?(["'])[^"'\n]*\1\s*[,)])/g
  ),
  injection(
    "command-exec",
    "high",
    "child_process exec/execSync with a command built by concatenation or a template; use execFile with an argument array.",
    ["exec"],
    JS,
    /(?:(?<![\w$.])|(?<=\b(?:child_process|childProcess|cp|proc|shell)\.))(?:exec|execSync)\s*\(\s*(?:\x60[^\x60]{0,2000}?\$\{|(["'])[^"'\n]*\1\s*\+|[A-Za-z_$][\w$.]*\s*\+)/g
  ),
  injection(
    "os-system",
    "high",
    "os.system() or os.popen() on a value that is not a string literal.",
    ["os.system", "os.popen"],
    PY,
    /\bos\.(?:system|popen)\s*\((?!\s*[rb]?(["'])[^"'\n]*\1\s*\))/g
  ),
  injection(
    "subprocess-shell",
    "high",
    "subprocess called with shell=True on a command that is not a string literal.",
    ["subprocess."],
    PY,
    /\bsubprocess\.(?:run|call|Popen|check_output|check_call)\s*\((?!\s*[rb]?(["'])[^"'\n]*\1\s*,)[^\n]{0,300}?\bshell\s*=\s*True\b/g
  ),
  injection(
    "inner-html",
    "medium",
    "innerHTML/outerHTML set from a value that is not a string literal (DOM XSS); use textContent.",
    ["innerhtml", "outerhtml", "insertadjacenthtml"],
    JS,
    /(?:(?<=\.)(?:innerHTML|outerHTML)\s*\+?=(?!=)(?!\s*(["'])[^"'\n]*\1\s*(?:;|$)|\s*\x60[^\x60$]*\x60\s*(?:;|$))|(?<=\.)insertAdjacentHTML\s*\(\s*[^,\n]+,(?!\s*(["'])[^"'\n]*\2\s*\)))/gm
  ),
  injection(
    "document-write",
    "medium",
    "document.write() of a value that is not a string literal (DOM XSS).",
    ["document.write"],
    JS,
    /\bdocument\.write(?:ln)?\s*\(\s*(?![\s)]|(["'])[^"'\n]*\1\s*\))/g
  ),
  injection(
    "pickle-load",
    "high",
    "pickle/cPickle/dill load of data that may be untrusted: unpickling runs code.",
    ["pickle.", "cpickle.", "_pickle.", "dill."],
    PY,
    /\b(?:c?[Pp]ickle|dill|_pickle)\.(?:loads?|Unpickler)\s*\(/g
  ),
  injection(
    "yaml-load",
    "medium",
    "yaml.load() without a safe Loader constructs arbitrary Python objects; use yaml.safe_load().",
    ["yaml."],
    PY,
    /\byaml\.(?:unsafe_load(?:_all)?\s*\(|load(?:_all)?\s*\((?![^)\n]*\bLoader\s*=\s*(?:yaml\.)?C?(?:Safe|Base)Loader))/g
  ),
  injection(
    "node-serialize",
    "high",
    "node-serialize unserialize() runs functions embedded in the data.",
    ["unserialize"],
    JS,
    /(?<=\b(?:serialize|serializer|nodeSerialize)\.)unserialize\s*\(/g
  )
];

// src/scan/packs/secrets.ts
function secret(id, severity, description, keywords, regex, options = {}) {
  const groups = new RegExp(`${regex.source}|`).exec("").length - 1;
  const rule = {
    id: `secret/${id}`,
    category: "secret",
    severity,
    description,
    pattern: v8Pattern(regex),
    keywords: keywords.map((k) => k.toLowerCase()),
    secretGroup: options.group ?? (groups > 0 ? 1 : 0),
    anchored: options.anchored ?? true
  };
  if (options.values) rule.values = options.values;
  if (options.files) rule.files = options.files;
  if (options.fallback) rule.fallback = true;
  return rule;
}
function assigned(identifiers, value) {
  return new RegExp(`(?:${identifiers})[\\w.-]{0,25}["'\`]?\\s{0,3}(?:=|:=|:|=>|,|\\?=)[\\s"'\`=]{0,5}(${value})(?![\\w+/=-])`, "gi");
}
var END = "(?![A-Za-z0-9_-])";
var UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
var PEM_VALUES = { placeholders: false };
var PEM = { group: 0, values: PEM_VALUES };
var PEM_BODY = String.raw`(?:\\n|\s)+(?:[A-Za-z-]+: [^\n]*(?:\\n|\s)+)*([A-Za-z0-9+/=]{20,}(?:(?:\\n|\s)+[A-Za-z0-9+/=]{20,})*)`;
function privateKey(id, label, header) {
  return secret(id, "critical", `${label} private key block (PEM).`, ["-----begin"], new RegExp(`-----BEGIN ${header}PRIVATE KEY-----${PEM_BODY}`, "g"), PEM);
}
var GENERIC_VALUES = { minEntropy: 3, requireDigit: true };
var GENERIC_KEYWORDS = ["password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key", "accesskey", "access-key", "auth_key", "authkey", "auth-key", "private_key", "privatekey", "private-key", "credential"];
var GENERIC_NAMES = String.raw`(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|credential)[\w.-]{0,20}`;
var CONFIG_FILES = { path: (path) => /(?:^|\/)\.env(?:\.[\w.-]+)?$|\.(?:env|properties|ini|cfg|conf|toml|ya?ml|sh|bash|zsh|tf|tfvars)$/i.test(path) };
var SECRET_RULES = [
  // Cloud
  secret("aws-access-key-id", "critical", "AWS access key ID.", ["akia", "asia", "abia", "acca", "a3t"], /\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})\b/g),
  secret("aws-secret-access-key", "critical", "AWS secret access key assigned to an AWS-named variable.", ["aws"], assigned("aws[\\w.-]{0,20}secret|aws[\\w.-]{0,20}key", "[A-Za-z0-9/+]{40}")),
  secret("aws-mws-key", "high", "Amazon Marketplace Web Service auth token.", ["amzn.mws"], new RegExp(`amzn\\.mws\\.${UUID}`, "g")),
  secret("gcp-api-key", "high", "Google Cloud / Google API key.", ["aiza"], /\b(AIza[0-9A-Za-z_-]{35})(?![\w-])/g),
  secret("gcp-service-account-key", "critical", "Google Cloud service account key file (private_key_id).", ['"private_key_id"'], /"private_key_id"\s*:\s*"([a-f0-9]{40})"/g),
  secret("gcp-oauth-client-secret", "high", "Google OAuth client secret.", ["gocspx"], new RegExp(`\\b(GOCSPX-[A-Za-z0-9_-]{28})${END}`, "g")),
  secret("google-oauth-access-token", "high", "Google OAuth access token.", ["ya29."], /\b(ya29\.[0-9A-Za-z_-]{30,300})/g),
  secret("firebase-cloud-messaging-key", "high", "Firebase Cloud Messaging server key.", ["apa91b"], /\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})/g, { anchored: false }),
  secret("azure-storage-account-key", "critical", "Azure storage account key in a connection string.", ["accountkey"], /AccountKey=([A-Za-z0-9+/]{86}==)/g),
  secret("azure-ad-client-secret", "critical", "Microsoft Entra ID (Azure AD) client secret.", ["q~"], /(?:^|[\\'"`\s>=:(,])([a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.-]{31,34})(?=$|[\\'"`\s<),])/gm, { anchored: false }),
  secret("azure-sas-token", "high", "Azure shared access signature (sig= of a SAS URL).", ["?sv=", "&sv="], /[?&]sv=\d{4}-\d{2}-\d{2}&[^\s"'<>]{0,300}?\bsig=([A-Za-z0-9%+/]{40,120}={0,2})/g),
  secret("azure-devops-pat", "critical", "Azure DevOps personal access token.", ["devops", "vsts", "azdo", "ado_"], assigned("azure[_-]?devops|vsts|azdo|ado_?(?:pat|token)", "[a-z2-7]{52}"), { anchored: false }),
  secret("alibaba-access-key-id", "high", "Alibaba Cloud AccessKey ID.", ["ltai"], /\b(LTAI[A-Za-z0-9]{20})\b/g),
  secret("ibm-cloud-api-key", "high", "IBM Cloud API key.", ["ibm"], assigned("ibm[\\w.-]{0,20}(?:key|token|secret)", "[A-Za-z0-9_-]{44}")),
  secret("digitalocean-pat", "critical", "DigitalOcean personal access token.", ["dop_v1_"], /\b(dop_v1_[a-f0-9]{64})\b/g),
  secret("digitalocean-oauth-token", "high", "DigitalOcean OAuth access token.", ["doo_v1_"], /\b(doo_v1_[a-f0-9]{64})\b/g),
  secret("digitalocean-refresh-token", "high", "DigitalOcean OAuth refresh token.", ["dor_v1_"], /\b(dor_v1_[a-f0-9]{64})\b/g),
  secret("heroku-api-key", "high", "Heroku API key (a UUID assigned to a Heroku-named variable).", ["heroku"], assigned("heroku[\\w.-]{0,20}(?:key|token|secret)", UUID)),
  secret("heroku-api-key-v2", "high", "Heroku platform API key (HRKU- format).", ["hrku-"], new RegExp(`\\b(HRKU-[A-Za-z0-9_-]{60})${END}`, "g")),
  secret("linode-token", "high", "Linode (Akamai) API token.", ["linode"], assigned("linode[\\w.-]{0,20}(?:key|token)", "[a-f0-9]{64}")),
  secret("cloudflare-api-token", "high", "Cloudflare API token or global API key.", ["cloudflare", "cf_api"], assigned("cloudflare[\\w.-]{0,20}(?:key|token)|cf_api_(?:key|token)", "[A-Za-z0-9_-]{37,40}")),
  secret("cloudflare-origin-ca-key", "high", "Cloudflare Origin CA key.", ["v1.0-"], /\b(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})\b/g),
  secret("fastly-api-token", "high", "Fastly API token.", ["fastly"], assigned("fastly[\\w.-]{0,20}(?:key|token)", "[A-Za-z0-9_-]{32}")),
  secret("netlify-access-token", "high", "Netlify personal access token.", ["nfp_"], /\b(nfp_[A-Za-z0-9]{36})\b/g),
  secret("vercel-token", "high", "Vercel access token.", ["vercel"], assigned("vercel[\\w.-]{0,20}(?:key|token)", "[A-Za-z0-9]{24}")),
  secret("vault-service-token", "critical", "HashiCorp Vault service token.", ["hvs."], new RegExp(`\\b(hvs\\.[A-Za-z0-9_-]{90,120})${END}`, "g")),
  secret("vault-batch-token", "high", "HashiCorp Vault batch token.", ["hvb."], new RegExp(`\\b(hvb\\.[A-Za-z0-9_-]{138,300})${END}`, "g")),
  secret("terraform-cloud-token", "critical", "Terraform Cloud / HCP Terraform API token.", ["atlasv1"], /\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![\w=-])/g, { anchored: false }),
  secret("doppler-token", "high", "Doppler personal token.", ["dp.pt."], /\b(dp\.pt\.[A-Za-z0-9]{43})\b/g),
  secret("pulumi-access-token", "high", "Pulumi access token.", ["pul-"], /\b(pul-[a-f0-9]{40})\b/g),
  secret("databricks-token", "high", "Databricks personal access token.", ["dapi"], /\b(dapi[a-f0-9]{32}(?:-\d)?)\b/g),
  secret("planetscale-token", "high", "PlanetScale token or password.", ["pscale_"], /\b(pscale_(?:tkn|pw|oauth)_[A-Za-z0-9=_.-]{32,64})\b/g),
  secret("supabase-token", "high", "Supabase personal access token.", ["sbp_"], /\b(sbp_[a-f0-9]{40})\b/g),
  secret("scaleway-secret-key", "high", "Scaleway secret key.", ["scw", "scaleway"], assigned("scw[\\w.-]{0,20}secret|scaleway[\\w.-]{0,20}(?:key|secret)", UUID)),
  secret("render-api-key", "high", "Render API key.", ["rnd_"], /\b(rnd_[A-Za-z0-9]{32})\b/g),
  secret("kubernetes-client-key", "critical", "Kubernetes kubeconfig client-key-data (a base64 private key).", ["client-key-data"], /client-key-data:\s*["']?([A-Za-z0-9+/]{64,}={0,2})/g),
  // Code hosts and CI
  secret("github-pat", "critical", "GitHub personal access token (classic).", ["ghp_"], /\b(ghp_[A-Za-z0-9]{36})\b/g),
  secret("github-fine-grained-pat", "critical", "GitHub fine-grained personal access token.", ["github_pat_"], /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/g),
  secret("github-oauth-token", "critical", "GitHub OAuth access token.", ["gho_"], /\b(gho_[A-Za-z0-9]{36})\b/g),
  secret("github-app-token", "critical", "GitHub App user-to-server or installation token.", ["ghu_", "ghs_"], /\b((?:ghu|ghs)_[A-Za-z0-9]{36})\b/g),
  secret("github-refresh-token", "critical", "GitHub refresh token.", ["ghr_"], /\b(ghr_[A-Za-z0-9]{36})\b/g),
  secret("gitlab-pat", "critical", "GitLab personal, project or group access token.", ["glpat-"], new RegExp(`\\b(glpat-[A-Za-z0-9_-]{20}(?:[A-Za-z0-9_.-]{0,44}))${END}`, "g")),
  secret("gitlab-pipeline-trigger-token", "high", "GitLab pipeline trigger token.", ["glptt-"], /\b(glptt-[a-f0-9]{40})\b/g),
  secret("gitlab-runner-token", "high", "GitLab runner authentication token.", ["glrt-"], new RegExp(`\\b(glrt-[A-Za-z0-9_-]{20,64})${END}`, "g")),
  secret("gitlab-deploy-token", "high", "GitLab deploy token.", ["gldt-"], new RegExp(`\\b(gldt-[A-Za-z0-9_-]{20,64})${END}`, "g")),
  secret("gitlab-feed-token", "medium", "GitLab feed token.", ["glft-"], new RegExp(`\\b(glft-[A-Za-z0-9_-]{20,64})${END}`, "g")),
  secret("gitlab-oauth-secret", "high", "GitLab OAuth application secret.", ["gloas-"], /\b(gloas-[a-f0-9]{64})\b/g),
  secret("atlassian-api-token", "high", "Atlassian (Jira, Confluence, Bitbucket) API token.", ["atatt3"], new RegExp(`\\b(ATATT3[A-Za-z0-9_=-]{186})${END}`, "g")),
  secret("circleci-token", "high", "CircleCI personal API token.", ["ccipat_"], /\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})\b/g),
  secret("buildkite-token", "high", "Buildkite API access token.", ["bkua_"], /\b(bkua_[a-f0-9]{40})\b/g),
  secret("sonarqube-token", "high", "SonarQube / SonarCloud token.", ["sqp_", "squ_", "sqa_"], /\b(sq[pua]_[a-f0-9]{40})\b/g),
  secret("snyk-token", "high", "Snyk API token.", ["snyk"], assigned("snyk[\\w.-]{0,20}(?:key|token)", UUID)),
  // Package registries
  secret("npm-access-token", "critical", "npm access token.", ["npm_"], /\b(npm_[A-Za-z0-9]{36})\b/g),
  secret("npmrc-auth-token", "critical", "A registry auth token written into an .npmrc.", ["_authtoken", "_auth", "_password"], /(?:_authToken|_auth|_password)\s*=\s*["']?([A-Za-z0-9._~+/=-]{16,})/g, { fallback: true }),
  secret("pypi-token", "critical", "PyPI upload token.", ["pypi-ageicHlwaS5vcmc"], /\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300})/g),
  secret("pypi-test-token", "medium", "TestPyPI upload token.", ["pypi-agendgvzdc5wexbplm9yzw"], /\b(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,300})/g),
  secret("rubygems-api-key", "critical", "RubyGems API key.", ["rubygems_"], /\b(rubygems_[a-f0-9]{48})\b/g),
  secret("nuget-api-key", "high", "NuGet API key.", ["oy2"], /\b(oy2[a-z0-9]{43})\b/g),
  secret("dockerhub-pat", "high", "Docker Hub personal access token.", ["dckr_pat_"], new RegExp(`\\b(dckr_pat_[A-Za-z0-9_-]{27})${END}`, "g")),
  secret("docker-config-auth", "high", 'Registry credentials in a Docker config.json ("auth": base64 user:password).', ['"auth"'], /"auth"\s*:\s*"([A-Za-z0-9+/]{16,}={0,2})"/g),
  secret("clojars-token", "high", "Clojars deploy token.", ["clojars_"], /\b(CLOJARS_[a-z0-9]{60})\b/g),
  secret("crates-io-token", "high", "crates.io API token.", ["cio"], /\b(cio[A-Za-z0-9]{32})\b/g),
  secret("artifactory-api-key", "high", "JFrog Artifactory API key.", ["akcp"], /\b(AKCp[A-Za-z0-9]{69})\b/g),
  secret("huggingface-token", "high", "Hugging Face access token.", ["hf_"], /\b(hf_[A-Za-z]{34})\b/g),
  secret("huggingface-org-token", "high", "Hugging Face organization API token.", ["api_org_"], /\b(api_org_[A-Za-z]{34})\b/g),
  // Chat
  secret("slack-bot-token", "high", "Slack bot token.", ["xoxb-"], /\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24})\b/g),
  secret("slack-user-token", "high", "Slack user token.", ["xoxp-", "xoxe-"], /\b(xox[pe](?:-[0-9]{10,13}){3}-[a-zA-Z0-9-]{28,34})\b/g),
  secret("slack-app-token", "high", "Slack app-level token.", ["xapp-"], /\b(xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-z0-9]{64})\b/gi),
  secret("slack-config-token", "high", "Slack configuration access token.", ["xoxe.xox"], /\b(xoxe\.xox[bp]-\d-[A-Z0-9]{163,166})\b/gi),
  secret("slack-legacy-token", "high", "Slack legacy workspace or bot token.", ["xoxo-", "xoxs-", "xoxa-", "xoxr-"], /\b(xox[osar]-\d{8,13}-\d{8,13}(?:-\d{8,13})?-[a-fA-F0-9]{24,64})\b/g),
  secret("slack-webhook", "high", "Slack incoming webhook URL.", ["hooks.slack.com"], /(https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56})/g, { anchored: false }),
  secret("discord-bot-token", "high", "Discord bot token.", ["discord"], /\b([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![\w-])/g, { anchored: false }),
  secret("discord-webhook", "high", "Discord webhook URL.", ["discord"], /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,68})/g, { anchored: false }),
  secret("telegram-bot-token", "high", "Telegram bot API token.", [":aa"], /\b(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![\w-])/g, { anchored: false }),
  secret("teams-webhook", "high", "Microsoft Teams incoming webhook URL.", ["webhook.office.com"], /(https:\/\/[a-z0-9-]+\.webhook\.office\.com\/webhookb2\/[a-z0-9-]{36}@[a-z0-9-]{36}\/IncomingWebhook\/[a-z0-9]{32}\/[a-z0-9-]{36})/g, { anchored: false }),
  secret("twitter-bearer-token", "high", "Twitter / X API bearer token.", ["aaaaaaaaaaaaaaaaaaaaa"], /\b(A{22}[A-Za-z0-9%]{80,120})\b/g, { values: { placeholders: false, minEntropy: 3.5 } }),
  // Payments and commerce
  secret("stripe-live-key", "critical", "Stripe live secret or restricted key.", ["sk_live_", "rk_live_"], /\b((?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g),
  secret("stripe-test-key", "low", "Stripe test-mode secret key (no real money, but still a credential).", ["sk_test_", "rk_test_"], /\b((?:sk|rk)_test_[A-Za-z0-9]{24,99})\b/g),
  secret("stripe-webhook-secret", "high", "Stripe webhook signing secret.", ["whsec_"], /\b(whsec_[A-Za-z0-9]{32,64})\b/g),
  secret("square-access-token", "critical", "Square access token.", ["eaaa"], new RegExp(`\\b(EAAA[A-Za-z0-9_-]{60})${END}`, "g")),
  secret("square-oauth-secret", "high", "Square OAuth application secret.", ["sq0csp-"], new RegExp(`\\b(sq0csp-[0-9A-Za-z_-]{43})${END}`, "g")),
  secret("braintree-access-token", "critical", "PayPal Braintree production access token.", ["access_token$production$"], /\b(access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})\b/g),
  secret("razorpay-key", "high", "Razorpay live key ID.", ["rzp_live_"], /\b(rzp_live_[A-Za-z0-9]{14})\b/g),
  secret("flutterwave-secret-key", "high", "Flutterwave secret key.", ["flwseck"], /\b(FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)\b/g),
  secret("gocardless-token", "high", "GoCardless live access token.", ["live_"], new RegExp(`\\b(live_[A-Za-z0-9_=-]{40})${END}`, "g")),
  secret("plaid-access-token", "high", "Plaid access token.", ["access-production", "access-development"], new RegExp(`\\b(access-(?:production|development)-${UUID})\\b`, "g")),
  secret("shopify-access-token", "critical", "Shopify Admin API access token.", ["shpat_"], /\b(shpat_[a-fA-F0-9]{32})\b/g),
  secret("shopify-custom-app-token", "high", "Shopify custom app access token.", ["shpca_"], /\b(shpca_[a-fA-F0-9]{32})\b/g),
  secret("shopify-private-app-token", "high", "Shopify private app access token.", ["shppa_"], /\b(shppa_[a-fA-F0-9]{32})\b/g),
  secret("shopify-shared-secret", "high", "Shopify app shared secret.", ["shpss_"], /\b(shpss_[a-fA-F0-9]{32})\b/g),
  secret("shippo-token", "medium", "Shippo API token.", ["shippo_"], /\b(shippo_(?:live|test)_[a-f0-9]{40})\b/g),
  secret("easypost-api-key", "high", "EasyPost production API key.", ["ezak"], /\b(EZAK[A-Za-z0-9]{54})\b/g),
  secret("duffel-token", "high", "Duffel API token.", ["duffel_"], new RegExp(`\\b(duffel_(?:test|live)_[A-Za-z0-9_=-]{43})${END}`, "g")),
  // Mail and SMS
  secret("sendgrid-api-key", "high", "SendGrid API key.", ["sg."], new RegExp(`\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${END}`, "g")),
  secret("mailgun-api-key", "high", "Mailgun private API key.", ["key-"], /\b(key-[0-9a-f]{32})\b/g),
  secret("mailchimp-api-key", "high", "Mailchimp API key.", ["-us"], /(?<=\b([0-9a-f]{32}))-us\d{1,2}\b/g),
  secret("brevo-api-key", "high", "Brevo (Sendinblue) API key.", ["xkeysib-"], /\b(xkeysib-[a-f0-9]{64}-[a-zA-Z0-9]{16})\b/g),
  secret("mailersend-token", "high", "MailerSend API token.", ["mlsn."], /\b(mlsn\.[a-f0-9]{64})\b/g),
  secret("twilio-api-key", "high", "Twilio API key SID.", ["sk"], /\b(SK[0-9a-fA-F]{32})\b/g),
  secret("twilio-auth-token", "critical", "Twilio auth token assigned to a Twilio-named variable.", ["twilio"], assigned("twilio[\\w.-]{0,20}(?:auth|token|secret)", "[a-f0-9]{32}")),
  secret("postmark-token", "high", "Postmark server or account token.", ["postmark"], assigned("postmark[\\w.-]{0,20}(?:key|token)", UUID)),
  // AI APIs
  secret("openai-api-key", "critical", "OpenAI API key.", ["sk-"], /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160})(?![\w-])/g),
  secret("anthropic-api-key", "critical", "Anthropic API key.", ["sk-ant-api"], /\b(sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?![\w-])/g),
  secret("anthropic-admin-key", "critical", "Anthropic admin API key.", ["sk-ant-admin"], /\b(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![\w-])/g),
  secret("groq-api-key", "high", "Groq API key.", ["gsk_"], /\b(gsk_[A-Za-z0-9]{52})\b/g),
  secret("perplexity-api-key", "high", "Perplexity API key.", ["pplx-"], /\b(pplx-[A-Za-z0-9]{48})\b/g),
  secret("replicate-api-token", "high", "Replicate API token.", ["r8_"], /\b(r8_[A-Za-z0-9]{37})\b/g),
  secret("xai-api-key", "high", "xAI API key.", ["xai-"], /\b(xai-[A-Za-z0-9]{80})\b/g),
  secret("langsmith-api-key", "high", "LangSmith API key.", ["lsv2_"], /\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})\b/g),
  secret("cohere-api-key", "high", "Cohere API key.", ["cohere", "co_api"], assigned("cohere[\\w.-]{0,20}(?:key|token)|co_api_key", "[A-Za-z0-9]{40}")),
  secret("mistral-api-key", "high", "Mistral API key.", ["mistral"], assigned("mistral[\\w.-]{0,20}(?:key|token)", "[A-Za-z0-9]{32}")),
  // Observability and other SaaS
  secret("datadog-api-key", "high", "Datadog API or application key.", ["datadog", "dd_api", "dd_app"], assigned("datadog[\\w.-]{0,20}(?:key|token)|dd_(?:api|app|application)_key", "[a-f0-9]{32}|[a-f0-9]{40}")),
  secret("newrelic-user-api-key", "high", "New Relic user API key.", ["nrak-"], /\b(NRAK-[A-Z0-9]{27})\b/g),
  secret("newrelic-insert-key", "high", "New Relic insert or license key.", ["nrii-"], new RegExp(`\\b(NRII-[A-Za-z0-9_-]{32})${END}`, "g")),
  secret("sentry-org-token", "high", "Sentry organization auth token.", ["sntrys_"], /\b(sntrys_eyJ[A-Za-z0-9+/=_-]{80,400})/g),
  secret("sentry-user-token", "high", "Sentry user auth token.", ["sntryu_"], /\b(sntryu_[a-f0-9]{64})\b/g),
  secret("grafana-cloud-token", "high", "Grafana Cloud API token.", ["glc_"], /\b(glc_[A-Za-z0-9+/]{32,400}={0,2})/g),
  secret("grafana-service-account-token", "high", "Grafana service account token.", ["glsa_"], /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\b/g),
  secret("dynatrace-token", "high", "Dynatrace API token.", ["dt0c01."], /\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b/g),
  secret("algolia-admin-key", "high", "Algolia admin API key.", ["algolia"], assigned("algolia[\\w.-]{0,20}(?:admin|key|secret)", "[a-f0-9]{32}")),
  secret("mapbox-secret-token", "high", "Mapbox secret access token.", ["sk.eyj"], /\b(sk\.eyJ[A-Za-z0-9_-]{50,300}\.[A-Za-z0-9_-]{20,60})/g),
  secret("okta-api-token", "critical", "Okta API token.", ["okta"], assigned("okta[\\w.-]{0,20}(?:key|token)", "00[A-Za-z0-9_-]{40}")),
  secret("age-secret-key", "critical", "age encryption secret key.", ["age-secret-key-1"], /\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b/g),
  secret("1password-service-account-token", "critical", "1Password service account token.", ["ops_eyj"], /\b(ops_eyJ[A-Za-z0-9+/]{250,2000}={0,3})/g),
  secret("postman-api-key", "high", "Postman API key.", ["pmak-"], /\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/g),
  secret("linear-api-key", "high", "Linear API key.", ["lin_api_"], /\b(lin_api_[A-Za-z0-9]{40})\b/g),
  secret("notion-token", "high", "Notion integration token.", ["ntn_", "secret_"], /\b(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})\b/g),
  secret("airtable-pat", "high", "Airtable personal access token.", ["pat"], /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b/g),
  secret("contentful-pat", "high", "Contentful personal access token.", ["cfpat-"], new RegExp(`\\b(CFPAT-[A-Za-z0-9_-]{43})${END}`, "g")),
  secret("figma-pat", "high", "Figma personal access token.", ["figd_"], new RegExp(`\\b(figd_[A-Za-z0-9_-]{40})${END}`, "g")),
  secret("typeform-token", "high", "Typeform personal access token.", ["tfp_"], /\b(tfp_[A-Za-z0-9_.=-]{59})(?![\w.=-])/g),
  secret("prefect-api-key", "high", "Prefect API key.", ["pnu_"], /\b(pnu_[A-Za-z0-9]{36})\b/g),
  secret("readme-api-key", "high", "ReadMe API key.", ["rdme_"], /\b(rdme_[a-z0-9]{70})\b/g),
  secret("frameio-token", "high", "Frame.io API token.", ["fio-u-"], new RegExp(`\\b(fio-u-[A-Za-z0-9_=-]{64})${END}`, "g")),
  secret("infracost-api-key", "medium", "Infracost API key.", ["ico-"], /\b(ico-[A-Za-z0-9]{32})\b/g),
  secret("adobe-client-secret", "high", "Adobe client secret.", ["p8e-"], /\b(p8e-[A-Za-z0-9]{32})\b/g),
  secret("hubspot-private-app-token", "high", "HubSpot private app access token.", ["pat-na1-", "pat-eu1-"], new RegExp(`\\b(pat-(?:na|eu)1-${UUID})\\b`, "g")),
  secret("dropbox-token", "high", "Dropbox short-lived access token.", ["sl."], new RegExp(`\\b(sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,1100})${END}`, "g")),
  // Keys, tokens and credentials of any provider
  privateKey("private-key-rsa", "RSA", "RSA "),
  privateKey("private-key-ec", "EC", "EC "),
  privateKey("private-key-dsa", "DSA", "DSA "),
  privateKey("private-key-openssh", "OpenSSH", "OPENSSH "),
  privateKey("private-key-pkcs8", "PKCS#8", ""),
  secret("private-key-encrypted", "medium", "Encrypted PKCS#8 private key block (protected by a passphrase, still sensitive).", ["-----begin"], new RegExp(`-----BEGIN ENCRYPTED PRIVATE KEY-----${PEM_BODY}`, "g"), PEM),
  secret("private-key-pgp", "critical", "PGP private key block.", ["-----begin"], new RegExp(`-----BEGIN PGP PRIVATE KEY BLOCK-----${PEM_BODY}`, "g"), PEM),
  secret("jwt", "medium", "JSON Web Token (signed claims; often a live session or API credential).", ["eyj"], /\b(eyJ[A-Za-z0-9_-]{10,2000}\.eyJ[A-Za-z0-9_-]{10,4000}\.[A-Za-z0-9_-]{10,1000})(?![\w.-])/g),
  secret("url-credentials", "high", "A password inside a URL (scheme://user:password@host).", ["://"], /(?<=\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}):\/\/[^\s:@/"'<>`]{1,64}:([^\s@/"'<>`]{3,128})@[A-Za-z0-9.-]+/g, { values: { minEntropy: 2 } }),
  secret("authorization-header", "high", "A literal Basic or Bearer credential in an Authorization header.", ["authorization"], /authorization["']?\s*[:=,]\s*["']?(?:Basic|Bearer|Token)\s+([A-Za-z0-9._~+/-]{20,1000}={0,2})/gi, { values: { minEntropy: 3 }, fallback: true }),
  secret("generic-assignment", "high", "A password, secret, token or API key written as a quoted literal.", GENERIC_KEYWORDS, new RegExp(`(?:${GENERIC_NAMES})["'\`]?\\s{0,3}(?:=|:=|:|=>|\\?\\?=|\\|\\|=)\\s{0,3}(?:r|b|u)?(["'\`])([^"'\`\\s\\\\]{8,128})\\1`, "gi"), { group: 2, values: GENERIC_VALUES, fallback: true }),
  secret("generic-config-value", "high", "A password, secret, token or API key set in a config or env file.", GENERIC_KEYWORDS, new RegExp(`(?<=^[ \\t]*(?:export[ \\t]+)?[\\w.-]{0,30})(?:${GENERIC_NAMES})[ \\t]*[:=][ \\t]*([^\\s"'\`#]{8,128})[ \\t]*(?:#.*)?$`, "gim"), { values: GENERIC_VALUES, files: CONFIG_FILES, fallback: true })
];

// src/scan/rules.ts
var scan = ruleMaker("scan", "posture");
var SCAN_RULES = {
  unreadable: scan("unreadable", "high", "A file could not be read, so it was not scanned.")
};
var BUILTIN_SCAN_RULES = [...SECRET_RULES, ...INJECTION_RULES];
var SCAN_RULE_CATALOG = [
  ...BUILTIN_SCAN_RULES.map(({ id, category, severity, description }) => ({ id, category, severity, description })),
  ...Object.values(WORKFLOW_RULES),
  ...Object.values(SCAN_RULES)
];

export {
  selectsRule,
  extensionOf,
  isSuppressed,
  WORKFLOW_RULES,
  isWorkflowPath,
  analyseWorkflow,
  SCAN_RULES,
  BUILTIN_SCAN_RULES,
  SCAN_RULE_CATALOG
};
