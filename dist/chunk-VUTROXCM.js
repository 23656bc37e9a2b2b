import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-OKLZT4PJ.js";
import {
  RE2JS
} from "./chunk-SZYV5HAW.js";
import {
  SCAN_RULES,
  analyseWorkflow,
  extensionOf,
  isSuppressed,
  isWorkflowPath,
  selectsRule
} from "./chunk-AQYDNAFN.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
import {
  OPEN_FLAGS
} from "./chunk-DUQ2JHVY.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";
import {
  __toESM
} from "./chunk-V4ML7QKM.js";

// src/scan/keywords.ts
var KeywordSet = class {
  keywords;
  /**
   * next = table[state + classes[char]], states stored pre-multiplied by the row width. Only the
   * characters keywords use get a class of their own (upper case shares lower case's; all others
   * share class 0): about 50 columns instead of 128. A row width is even, so bit 0 of an entry is
   * free: it is set when the state ends a keyword, which spares the hot loop a second lookup.
   */
  table;
  classes;
  shift;
  /** Per state: the keyword indexes ending there (its own and its suffixes'). */
  outputs;
  constructor(keywords) {
    this.keywords = [...new Set([...keywords].map((k) => k.toLowerCase()).filter((k) => k.length > 0))];
    for (const keyword of this.keywords)
      if (!/^[\x20-\x7e]+$/.test(keyword)) throw new Error(`keyword "${keyword}" is not printable ASCII`);
    const classes = new Uint8Array(256);
    let count = 1;
    for (const keyword of this.keywords)
      for (const char of keyword) {
        const code = char.charCodeAt(0);
        if (classes[code] === 0) {
          classes[code] = count;
          if (code >= 97 && code <= 122) classes[code - 32] = count;
          count++;
        }
      }
    const shift = Math.max(1, Math.ceil(Math.log2(count)));
    const width = 1 << shift;
    const children = [/* @__PURE__ */ new Map()];
    const outputs = [void 0];
    this.keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i++) {
        const code = classes[keyword.charCodeAt(i)];
        let next = children[state].get(code);
        if (next === void 0) {
          next = children.length;
          children.push(/* @__PURE__ */ new Map());
          outputs.push(void 0);
          children[state].set(code, next);
        }
        state = next;
      }
      ;
      (outputs[state] ??= []).push(index);
    });
    const table = new Int32Array(children.length * width);
    const failure = new Int32Array(children.length);
    const queue = [];
    for (const [code, child] of children[0]) {
      table[code] = child * width;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const fail = failure[state];
      if (outputs[fail]) outputs[state] = [...outputs[state] ?? [], ...outputs[fail]];
      for (let code = 0; code < width; code++) {
        const child = children[state].get(code);
        if (child === void 0) table[state * width + code] = table[fail * width + code];
        else {
          table[state * width + code] = child * width;
          failure[child] = table[fail * width + code] >> shift;
          queue.push(child);
        }
      }
    }
    for (let i = 0; i < table.length; i++) if (outputs[table[i] >> shift]) table[i] = table[i] | TERMINAL;
    this.table = table;
    this.classes = classes;
    this.shift = shift;
    this.outputs = outputs;
  }
  /**
   * Every occurrence of every keyword in `text`, in any ASCII case: for each keyword (by index
   * into `keywords`), the offsets where it starts, ascending; keywords absent have no entry.
   * `ascii`, when given, is the text's bytes and all ASCII (offsets then agree): walking bytes is
   * about half again as fast as walking UTF-16 code units.
   */
  scan(text, ascii) {
    const ends = ascii ? this.#walkBytes(ascii) : this.#walkText(text);
    const hits = /* @__PURE__ */ new Map();
    for (let n = 0; n < ends.length; n += 2) {
      const end = ends[n];
      for (const index of this.outputs[ends[n + 1]]) {
        const start = end + 1 - this.keywords[index].length;
        const list = hits.get(index);
        if (list) list.push(start);
        else hits.set(index, [start]);
      }
    }
    return hits;
  }
  /** [end offset, state] of every terminal state reached, walking bytes. */
  #walkBytes(bytes) {
    const { table, classes, shift } = this;
    const ends = [];
    let state = 0;
    for (let i = 0; i < bytes.length; i++) {
      state = table[state + classes[bytes[i]]];
      if ((state & TERMINAL) !== 0) {
        state ^= TERMINAL;
        ends.push(i, state >> shift);
      }
    }
    return ends;
  }
  /** The same, walking UTF-16 code units. */
  #walkText(text) {
    const { table, classes, shift } = this;
    const ends = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = table[state + (code < 256 ? classes[code] : 0)];
      if ((state & TERMINAL) !== 0) {
        state ^= TERMINAL;
        ends.push(i, state >> shift);
      }
    }
    return ends;
  }
};
var TERMINAL = 1;

// src/scan/values.ts
function shannonEntropy(value) {
  if (value.length === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
var PLACEHOLDER_WORDS = [
  "example",
  "placeholder",
  "your",
  "xxxx",
  "****",
  "....",
  "<",
  ">",
  "${",
  "{{",
  "%s",
  "%(",
  "dummy",
  "sample",
  "changeme",
  "change_me",
  "abc123",
  "123abc",
  "redacted",
  "replace",
  "insert",
  "fake",
  "foobar",
  "lorem",
  "abcdefgh",
  "12345678",
  "process.env",
  "os.environ",
  "getenv",
  "secrets.",
  "env.",
  "vault:",
  "null",
  "undefined",
  "none",
  "true",
  "false"
];
var PLACEHOLDER_VALUES = /* @__PURE__ */ new Set(["password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "key", "user", "username", "foo", "bar", "baz", "test", "demo", "admin"]);
function isPlaceholder(value) {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower)) return true;
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (new Set(lower).size <= 3) return true;
  if (/\{[\w.:-]*\}/.test(value)) return true;
  return /(.)\1{5}|(.{3,8})\2\2/.test(value);
}
function redact(value) {
  const shown = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, shown)}\u2026(${value.length} chars)`;
}

// src/scan/engine.ts
var EMPTY_ALLOWLIST = { paths: [], values: [], stopwords: [] };
var RuleSet = class {
  rules;
  allowlist;
  keywords;
  /** For each rule, the keyword indexes that trigger it (empty: it always runs). */
  triggers;
  byExtension = /* @__PURE__ */ new Map();
  constructor(rules, allowlist = EMPTY_ALLOWLIST) {
    this.rules = [...rules].sort((a, b) => Number(a.fallback ?? false) - Number(b.fallback ?? false));
    this.allowlist = allowlist;
    this.keywords = new KeywordSet(this.rules.flatMap((rule) => rule.keywords));
    const index = new Map(this.keywords.keywords.map((keyword, i) => [keyword, i]));
    this.triggers = this.rules.map((rule) => rule.keywords.map((keyword) => index.get(keyword.toLowerCase())));
  }
  /** Rules that read a file of this path (by extension and the rule's own path test). */
  candidates(path) {
    const ext = extensionOf(path);
    let byExt = this.byExtension.get(ext);
    if (!byExt) {
      byExt = this.rules.flatMap((rule, i) => !rule.files?.extensions || rule.files.extensions.includes(ext) ? [i] : []);
      this.byExtension.set(ext, byExt);
    }
    return byExt.filter((i) => !this.rules[i].files?.path || this.rules[i].files.path(path));
  }
  /**
   * Findings in one file's text. `path` is root-relative, as findings report it; `ascii` is the
   * file's bytes when they are all ASCII, which lets the keyword pass walk bytes.
   */
  scan(path, text, ascii) {
    const candidates = this.candidates(path);
    if (candidates.length === 0) return [];
    const hits = this.keywords.scan(text, ascii);
    const lines = new LineIndex(text);
    const findings = [];
    const reported = [];
    const occurrences = /* @__PURE__ */ new Map();
    for (const i of candidates) {
      const rule = this.rules[i];
      const trigger = this.triggers[i];
      if (trigger.length > 0 && !trigger.some((k) => hits.has(k))) continue;
      if (rule.pathOnly) {
        findings.push(createFinding(rule, { message: `${sentence(rule.description)} (the file itself matches)`, location: { path } }));
        continue;
      }
      const matches = rule.anchored && rule.pattern.matchAt ? anchoredMatches(rule.pattern, trigger, hits, text) : rule.pattern.matchAll(text);
      for (const match of matches) {
        const value = match[rule.secretGroup];
        if (value === void 0 || value.length === 0) continue;
        const start = match.indices?.[rule.secretGroup]?.[0] ?? match.index + (rule.secretGroup === 0 ? 0 : match[0].indexOf(value));
        const end = start + value.length;
        if (rule.fallback && reported.some(([s, e]) => start < e && end > s)) continue;
        const lineNumber = lines.lineOf(start);
        const line = lines.text(lineNumber);
        if (rule.category === "secret" && !this.isSecret(value, match[0], line, rule.values)) continue;
        if (isSuppressed(rule.id, line, lines.text(lineNumber - 1))) continue;
        reported.push([start, end]);
        const endLine = lines.lineOf(end - 1);
        const secret = rule.category === "secret";
        const identity = secret ? value : match[0].trim();
        const key = `${rule.id}\0${identity}`;
        const occurrence = occurrences.get(key) ?? 0;
        occurrences.set(key, occurrence + 1);
        findings.push(
          createFinding(rule, {
            message: secret ? `${sentence(rule.description)}: revoke it, then remove it from the code and its history` : sentence(rule.description),
            location: { path, line: lineNumber, column: start - lines.start(lineNumber) + 1, endLine, endColumn: end - lines.start(endLine) + 1 },
            ...secret && { evidence: redact(value) },
            identity: [identity, String(occurrence)]
          })
        );
      }
    }
    return findings;
  }
  isSecret(value, match, line, filter) {
    if (filter?.placeholders !== false && isPlaceholder(value)) return false;
    if (filter?.minEntropy !== void 0 && shannonEntropy(value) < filter.minEntropy) return false;
    if (filter?.requireDigit && !/\d/.test(value)) return false;
    const lower = value.toLowerCase();
    for (const stopwords of [filter?.stopwords ?? [], this.allowlist.stopwords]) if (stopwords.some((word) => lower.includes(word.toLowerCase()))) return false;
    for (const allow of [...filter?.allow ?? [], ...this.allowlist.values]) {
      const target = allow.target === "secret" ? value : allow.target === "match" ? match : line;
      if (allow.pattern.test(target)) return false;
    }
    return true;
  }
};
function* anchoredMatches(pattern, trigger, hits, text) {
  const starts = trigger.length === 1 ? hits.get(trigger[0]) ?? [] : [...new Set(trigger.flatMap((k) => hits.get(k) ?? []))].sort((a, b) => a - b);
  let end = 0;
  for (const start of starts) {
    if (start < end) continue;
    const match = pattern.matchAt(text, start);
    if (!match) continue;
    end = start + Math.max(1, match[0].length);
    yield match;
  }
}
var LineIndex = class {
  starts;
  text_;
  constructor(text) {
    this.text_ = text;
  }
  get lineStarts() {
    if (!this.starts) {
      const starts = [0];
      for (let i = this.text_.indexOf("\n"); i !== -1; i = this.text_.indexOf("\n", i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }
  /** 1-based line of a UTF-16 offset. */
  lineOf(offset) {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
  start(line) {
    return this.lineStarts[line - 1] ?? 0;
  }
  /** The text of a 1-based line without its newline ('' outside the file). */
  text(line) {
    const starts = this.lineStarts;
    if (line < 1 || line > starts.length) return "";
    const end = line < starts.length ? starts[line] - 1 : this.text_.length;
    return this.text_.slice(starts[line - 1], end).replace(/\r$/, "");
  }
};
function sentence(description) {
  return description.replace(/\.$/, "");
}

// src/scan/text-file.ts
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico icns webp tif tiff psd avif heic pdf zip gz tgz bz2 xz zst 7z rar jar war ear class so dylib dll exe bin o a lib obj woff woff2 ttf otf eot mp3 mp4 m4a mov avi mkv wav flac ogg webm wasm pyc pyo node sqlite db".split(" ")
);
var SNIFF_BYTES = 8e3;
function hasBinaryExtension(path) {
  return BINARY_EXTENSIONS.has(extensionOf(path).slice(1));
}
function readTextFile(path, maxBytes) {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: "not-regular" };
    if (stat.size > maxBytes) return { kind: "too-large", bytes: stat.size };
    const buffer = Buffer.allocUnsafe(stat.size);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    const data = buffer.subarray(0, length);
    if (data[0] === 255 && data[1] === 254) return { kind: "text", text: data.subarray(2).toString("utf16le"), bytes: length };
    if (data[0] === 254 && data[1] === 255) return { kind: "text", text: Buffer.from(data.subarray(2, length - length % 2)).swap16().toString("utf16le"), bytes: length };
    if (data.subarray(0, SNIFF_BYTES).includes(0)) return { kind: "binary", bytes: length };
    return { kind: "text", text: data.toString("utf8"), bytes: length, ...isAscii(data) && { ascii: data } };
  } finally {
    closeSync(fd);
  }
}

// src/scan/scan-file.ts
function emptyCounts() {
  return { files: 0, bytes: 0, skippedBinary: 0, skippedLarge: 0 };
}
function addCounts(into, from) {
  into.files += from.files;
  into.bytes += from.bytes;
  into.skippedBinary += from.skippedBinary;
  into.skippedLarge += from.skippedLarge;
}
function scanFile(ruleSet, file, path, maxBytes, counts) {
  if (hasBinaryExtension(path)) {
    counts.skippedBinary++;
    return [];
  }
  let read;
  try {
    read = readTextFile(typeof file === "string" || Buffer.isBuffer(file) ? file : Buffer.from(file.buffer, file.byteOffset, file.byteLength), maxBytes);
  } catch (error) {
    return [createFinding(SCAN_RULES.unreadable, { message: `could not be read (${osReason(error)}); it was not scanned`, location: { path } })];
  }
  switch (read.kind) {
    case "not-regular":
      return [];
    case "binary":
      counts.skippedBinary++;
      return [];
    case "too-large":
      counts.skippedLarge++;
      return [];
  }
  counts.files++;
  counts.bytes += read.bytes;
  const findings = ruleSet.scan(path, read.text, read.ascii);
  if (isWorkflowPath(path)) findings.push(...analyseWorkflow(path, read.text));
  return findings;
}

// src/scan/compile-rules.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function emptyAllowlistDefinition() {
  return { paths: [], pathRegexes: [], values: [], stopwords: [] };
}
function compileRules(config, builtin) {
  const disabled = (id) => config.disable.some((selector) => selectsRule(selector, id));
  const user = config.rules.map(compileRule);
  const replaced = new Set(user.map((r) => r.id));
  const rules = [...builtin.filter((r) => !replaced.has(r.id)), ...user].filter((rule) => !disabled(rule.id)).map((rule) => config.override[rule.id] ? { ...rule, ...config.override[rule.id] } : rule);
  for (const id of Object.keys(config.override))
    if (!rules.some((r) => r.id === id)) throw new ChainsealError("rules-invalid", `override names rule ${id}, which does not exist or is disabled; see chainseal scan --list-rules`);
  return { rules, allowlist: compileAllowlist(config.allowlist) };
}
function compileRule(definition) {
  const odd = definition.keywords.find((k) => !/^[\x20-\x7e]+$/.test(k));
  if (odd !== void 0) throw new ChainsealError("rules-invalid", `${definition.origin}: keyword ${JSON.stringify(odd)} must be printable ASCII`);
  const pattern = definition.regex === void 0 ? void 0 : re2Pattern(definition.regex, definition.origin);
  const pathPattern = definition.pathRegex === void 0 ? void 0 : re2Pattern(definition.pathRegex, `${definition.origin}, path`);
  const globs = definition.paths.length ? (0, import_picomatch.default)(definition.paths, { dot: true }) : void 0;
  const allow = definition.allowlist ? compileAllowlist(definition.allowlist) : void 0;
  const groups = pattern ? pattern.groups : 0;
  const group = definition.secretGroup ?? (groups > 0 ? 1 : 0);
  if (group > groups) throw new ChainsealError("rules-invalid", `${definition.origin}: secretGroup ${group} but the regex has ${groups} group(s)`);
  const rule = {
    id: definition.id,
    category: definition.category,
    severity: definition.severity,
    description: definition.description,
    pattern: pattern ?? NEVER,
    keywords: definition.keywords.map((k) => k.toLowerCase()),
    secretGroup: group
  };
  if (globs || pathPattern || allow?.paths.length)
    rule.files = { path: (path) => (!globs || globs(path)) && (!pathPattern || pathPattern.test(path)) && !allow?.paths.some((allowed) => allowed(path)) };
  if (!pattern) rule.pathOnly = true;
  if (definition.entropy !== void 0 || allow) {
    rule.values = {};
    if (definition.entropy !== void 0) rule.values.minEntropy = definition.entropy;
    if (allow?.values.length) rule.values.allow = allow.values;
    if (allow?.stopwords.length) rule.values.stopwords = allow.stopwords;
  }
  return rule;
}
function compileAllowlist(definition) {
  const globs = definition.paths.length ? (0, import_picomatch.default)(definition.paths, { dot: true }) : void 0;
  return {
    paths: [...globs ? [globs] : [], ...definition.pathRegexes.map((p) => re2Pattern(p.pattern, `${p.origin}, path pattern`)).map((p) => (path) => p.test(path))],
    values: definition.values.map((v) => ({ pattern: re2Pattern(v.pattern, `${v.origin}, value pattern`), target: v.target })),
    stopwords: definition.stopwords
  };
}
function re2Pattern(source, origin) {
  let compiled;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    throw new ChainsealError("rules-invalid", `${origin}: the pattern ${JSON.stringify(source)} is not valid RE2 syntax (${error.message}); lookarounds and backreferences are not supported`);
  }
  return {
    groups: compiled.groupCount(),
    matchAll: (text) => compiled.matchAll(text),
    test: (text) => compiled.test(text)
  };
}
var NEVER = { matchAll: () => [], test: () => false };

export {
  RuleSet,
  emptyCounts,
  addCounts,
  scanFile,
  emptyAllowlistDefinition,
  compileRules
};
