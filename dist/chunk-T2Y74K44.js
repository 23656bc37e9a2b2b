import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  RE2JS
} from "./chunk-55WHQGKO.js";
import {
  require_picomatch
} from "./chunk-OKLZT4PJ.js";
import {
  SCAN_RULES,
  analyseWorkflow,
  extensionOf,
  isSuppressed,
  isWorkflowPath,
  selectsRule
} from "./chunk-TKKDJE5N.js";
import {
  readJsonDocument
} from "./chunk-ALOZCY5S.js";
import {
  OPEN_FLAGS
} from "./chunk-DUQ2JHVY.js";
import {
  readInputText
} from "./chunk-KWYAT2C6.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
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
   * share class 0): about 50 columns instead of 128.
   */
  table;
  classes;
  shift;
  /** Per state: the keyword indexes ending there (its own and its suffixes'). */
  outputs;
  /** 1 where outputs has an entry: a typed check in the hot loop, not a sparse array read. */
  terminal;
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
    const table2 = new Int32Array(children.length * width);
    const failure = new Int32Array(children.length);
    const queue = [];
    for (const [code, child] of children[0]) {
      table2[code] = child * width;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const fail = failure[state];
      if (outputs[fail]) outputs[state] = [...outputs[state] ?? [], ...outputs[fail]];
      for (let code = 0; code < width; code++) {
        const child = children[state].get(code);
        if (child === void 0) table2[state * width + code] = table2[fail * width + code];
        else {
          table2[state * width + code] = child * width;
          failure[child] = table2[fail * width + code] >> shift;
          queue.push(child);
        }
      }
    }
    this.table = table2;
    this.classes = classes;
    this.shift = shift;
    this.outputs = outputs;
    this.terminal = Uint8Array.from(outputs, (o) => o ? 1 : 0);
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
    const { table: table2, terminal, classes, shift } = this;
    const ends = [];
    let state = 0;
    for (let i = 0; i < bytes.length; i++) {
      state = table2[state + classes[bytes[i]]];
      const at = state >> shift;
      if (terminal[at] === 1) ends.push(i, at);
    }
    return ends;
  }
  /** The same, walking UTF-16 code units. */
  #walkText(text) {
    const { table: table2, terminal, classes, shift } = this;
    const ends = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = table2[state + (code < 256 ? classes[code] : 0)];
      const at = state >> shift;
      if (terminal[at] === 1) ends.push(i, at);
    }
    return ends;
  }
};

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

// src/scan/user-rules.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string2, ptr) {
  let lines = string2.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string2, line, column) {
  let lines = string2.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table2, meta, type) {
  let t = table2;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/scan/user-rules.ts
import { resolve } from "node:path";

// schemas/rules.schema.json
var rules_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/chainseal/chainseal/schemas/rules.schema.json",
  title: "chainseal scan rules",
  description: "Adds, disables or overrides chainseal scan rules, and lists what the scan accepts. User patterns use RE2 syntax and run on a linear-time engine.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    rules: {
      type: "array",
      description: "rules to add; a rule with the id of a built-in rule replaces it",
      items: { $ref: "#/definitions/rule" }
    },
    disable: {
      type: "array",
      description: "ids of rules to turn off, such as secret/jwt; secret/* turns off a whole namespace",
      items: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*/([a-z0-9][a-z0-9._-]*|\\*)$" }
    },
    override: {
      type: "object",
      description: "per rule id, what to change about a rule",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: { severity: { $ref: "#/definitions/severity" } }
      }
    },
    allowlist: { $ref: "#/definitions/allowlist" }
  },
  definitions: {
    severity: { enum: ["critical", "high", "medium", "low", "info"] },
    rule: {
      type: "object",
      required: ["id", "description"],
      additionalProperties: false,
      anyOf: [{ required: ["regex"] }, { required: ["paths"] }],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?$", description: "lower case; without a namespace it becomes custom/<id>" },
        description: { type: "string", minLength: 1, description: "one line: what the rule finds" },
        severity: { $ref: "#/definitions/severity", description: "default high" },
        category: { enum: ["secret", "injection"], description: "default secret: matched values are redacted and filtered as secrets" },
        regex: { type: "string", minLength: 1, description: "RE2 syntax (as Go and gitleaks use)" },
        secretGroup: { type: "integer", minimum: 0, description: "the capture group that is the secret; default 1 when the regex has groups, else 0" },
        entropy: { type: "number", minimum: 0, maximum: 8, description: "minimum Shannon entropy of the secret, bits per character" },
        keywords: { type: "array", items: { type: "string", minLength: 1, pattern: "^[\\x20-\\x7e]+$" }, description: "the regex runs only on files containing one of these (any case); strongly recommended for speed" },
        paths: { type: "array", items: { type: "string", minLength: 1 }, description: "globs: the rule reads only these files; with no regex, a matching file is itself the finding" },
        allowlist: { $ref: "#/definitions/allowlist" }
      }
    },
    allowlist: {
      type: "object",
      additionalProperties: false,
      properties: {
        paths: { type: "array", items: { type: "string", minLength: 1 }, description: "globs of root-relative paths not scanned" },
        values: { type: "array", items: { type: "string", minLength: 1 }, description: "RE2 patterns; a secret matching one is not a finding" },
        target: { enum: ["secret", "match", "line"], description: "what values are tested against; default secret" },
        stopwords: { type: "array", items: { type: "string", minLength: 1 }, description: "a secret containing one of these words is not a finding" }
      }
    }
  }
};

// src/scan/user-rules.ts
function emptyAllowlistDefinition() {
  return { paths: [], pathRegexes: [], values: [], target: "secret", stopwords: [] };
}
function emptyRulesConfig() {
  return { rules: [], disable: [], override: {}, allowlist: emptyAllowlistDefinition() };
}
function loadRulesFiles(files) {
  const config = emptyRulesConfig();
  for (const file of files) {
    const part = /\.toml$/i.test(file.name) ? fromGitleaks(readInputText(file.path, `rules file ${file.name}`), file.name) : fromJson(file.path, file.name);
    config.rules.push(...part.rules);
    config.disable.push(...part.disable);
    Object.assign(config.override, part.override);
    mergeAllowlist(config.allowlist, part.allowlist);
  }
  return config;
}
function fromJson(path, name) {
  const json = readJsonDocument(path, { label: `rules file ${name}`, schema: rules_schema_default, code: "rules-invalid", fixUnreadable: "", fixNotJson: "rules files are JSON, or a gitleaks .toml" });
  const allowlist = (a) => ({ ...emptyAllowlistDefinition(), paths: a?.paths ?? [], values: a?.values ?? [], target: a?.target ?? "secret", stopwords: a?.stopwords ?? [] });
  return {
    rules: (json.rules ?? []).map((rule) => {
      const definition = {
        id: rule.id.includes("/") ? rule.id : `custom/${rule.id}`,
        description: rule.description,
        severity: rule.severity ?? "high",
        category: rule.category ?? "secret",
        keywords: rule.keywords ?? [],
        paths: rule.paths ?? [],
        origin: `rules file ${name}, rule ${rule.id}`
      };
      if (rule.regex !== void 0) definition.regex = rule.regex;
      if (rule.secretGroup !== void 0) definition.secretGroup = rule.secretGroup;
      if (rule.entropy !== void 0) definition.entropy = rule.entropy;
      if (rule.allowlist) definition.allowlist = allowlist(rule.allowlist);
      return definition;
    }),
    disable: json.disable ?? [],
    override: json.override ?? {},
    allowlist: allowlist(json.allowlist)
  };
}
function fromGitleaks(text, name) {
  let data;
  try {
    data = parse(text);
  } catch (error) {
    throw new ChainsealError("rules-invalid", `rules file ${name} is not valid TOML: ${error.message.split("\n")[0]}`);
  }
  const where = (path) => `rules file ${name}: ${path}`;
  const config = emptyRulesConfig();
  const rules = data.rules ?? [];
  if (!Array.isArray(rules)) throw new ChainsealError("rules-invalid", `${where("rules")} must be an array of tables ([[rules]])`);
  rules.forEach((raw, i) => {
    const at = `rules[${i}]`;
    const rule = table(raw, where(at));
    const id = string(rule.id, where(`${at}.id`));
    if (id === void 0) throw new ChainsealError("rules-invalid", `${where(`${at}`)} has no id`);
    const regex = string(rule.regex, where(`${at}.regex`));
    const path = string(rule.path, where(`${at}.path`));
    if (regex === void 0 && path === void 0) throw new ChainsealError("rules-invalid", `${where(`rule ${id}`)} needs a regex or a path`);
    const definition = {
      id: `custom/${id.toLowerCase().replace(/[^a-z0-9._-]+/g, "-")}`,
      description: string(rule.description, where(`${at}.description`)) ?? `gitleaks rule ${id}`,
      severity: "high",
      category: "secret",
      keywords: strings(rule.keywords, where(`${at}.keywords`)),
      paths: [],
      origin: `rules file ${name}, rule ${id}`
    };
    if (regex !== void 0) definition.regex = regex;
    if (path !== void 0) definition.pathRegex = path;
    const group = number(rule.secretGroup, where(`${at}.secretGroup`));
    if (group !== void 0) definition.secretGroup = group;
    const entropy = number(rule.entropy, where(`${at}.entropy`));
    if (entropy !== void 0) definition.entropy = entropy;
    const allowlists = [...rule.allowlist !== void 0 ? [rule.allowlist] : [], ...arrayOf(rule.allowlists, where(`${at}.allowlists`))];
    if (allowlists.length) {
      definition.allowlist = emptyAllowlistDefinition();
      allowlists.forEach((a, j) => mergeAllowlist(definition.allowlist, gitleaksAllowlist(a, where(`${at}.allowlists[${j}]`))));
    }
    config.rules.push(definition);
  });
  const global = [...data.allowlist !== void 0 ? [data.allowlist] : [], ...arrayOf(data.allowlists, where("allowlists"))];
  global.forEach((a, j) => mergeAllowlist(config.allowlist, gitleaksAllowlist(a, where(`allowlists[${j}]`))));
  return config;
}
function gitleaksAllowlist(raw, where) {
  const a = table(raw, where);
  const target = string(a.regexTarget, `${where}.regexTarget`) ?? "secret";
  if (!["secret", "match", "line"].includes(target)) throw new ChainsealError("rules-invalid", `${where}.regexTarget must be secret, match or line (got "${target}")`);
  return { paths: [], pathRegexes: strings(a.paths, `${where}.paths`), values: strings(a.regexes, `${where}.regexes`), target, stopwords: strings(a.stopwords, `${where}.stopwords`) };
}
function mergeAllowlist(into, from) {
  into.paths.push(...from.paths);
  into.pathRegexes.push(...from.pathRegexes);
  into.values.push(...from.values);
  into.stopwords.push(...from.stopwords);
  if (from.target !== "secret") into.target = from.target;
}
function loadScanRules(cwd, names, builtin) {
  const config = loadRulesFiles(names.map((name) => ({ path: resolve(cwd, name), name })));
  return { config, ...compileRules(config, builtin) };
}
function compileRules(config, builtin) {
  const disabled = (id) => config.disable.some((selector) => selectsRule(selector, id));
  const user = config.rules.map(compileRule);
  const replaced = new Set(user.map((r) => r.id));
  const rules = [...builtin.filter((r) => !replaced.has(r.id)), ...user].filter((rule) => !disabled(rule.id)).map((rule) => config.override[rule.id] ? { ...rule, ...config.override[rule.id] } : rule);
  for (const id of Object.keys(config.override))
    if (!rules.some((r) => r.id === id)) throw new ChainsealError("rules-invalid", `override names rule ${id}, which does not exist or is disabled; see chainseal scan --list-rules`);
  return { rules, allowlist: compileAllowlist(config.allowlist, "allowlist") };
}
function compileRule(definition) {
  const odd = definition.keywords.find((k) => !/^[\x20-\x7e]+$/.test(k));
  if (odd !== void 0) throw new ChainsealError("rules-invalid", `${definition.origin}: keyword ${JSON.stringify(odd)} must be printable ASCII`);
  const pattern = definition.regex === void 0 ? void 0 : re2Pattern(definition.regex, definition.origin);
  const pathPattern = definition.pathRegex === void 0 ? void 0 : re2Pattern(definition.pathRegex, `${definition.origin}, path`);
  const globs = definition.paths.length ? (0, import_picomatch.default)(definition.paths, { dot: true }) : void 0;
  const allow = definition.allowlist ? compileAllowlist(definition.allowlist, definition.origin) : void 0;
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
function compileAllowlist(definition, origin) {
  const globs = definition.paths.length ? (0, import_picomatch.default)(definition.paths, { dot: true }) : void 0;
  return {
    paths: [...globs ? [globs] : [], ...definition.pathRegexes.map((p) => re2Pattern(p, `${origin}, path pattern`)).map((p) => (path) => p.test(path))],
    values: definition.values.map((v) => ({ pattern: re2Pattern(v, `${origin}, value pattern`), target: definition.target })),
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
function table(value, where) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ChainsealError("rules-invalid", `${where} must be a table`);
  return value;
}
function arrayOf(value, where) {
  if (value === void 0) return [];
  if (!Array.isArray(value)) throw new ChainsealError("rules-invalid", `${where} must be an array of tables`);
  return value;
}
function string(value, where) {
  if (value === void 0) return void 0;
  if (typeof value !== "string" || value === "") throw new ChainsealError("rules-invalid", `${where} must be a non-empty string`);
  return value;
}
function strings(value, where) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new ChainsealError("rules-invalid", `${where} must be an array of strings`);
  return value;
}
function number(value, where) {
  if (value === void 0) return void 0;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new ChainsealError("rules-invalid", `${where} must be a number \u2265 0`);
  return value;
}

export {
  RuleSet,
  emptyCounts,
  addCounts,
  scanFile,
  loadScanRules,
  compileRules
};
/*! Bundled license information:

smol-toml/dist/error.js:
smol-toml/dist/primitive.js:
smol-toml/dist/date.js:
smol-toml/dist/extract.js:
smol-toml/dist/util.js:
smol-toml/dist/struct.js:
smol-toml/dist/parse.js:
smol-toml/dist/stringify.js:
smol-toml/dist/index.js:
  (*!
   * Copyright (c) Squirrel Chat et al., All rights reserved.
   * SPDX-License-Identifier: BSD-3-Clause
   *
   * Redistribution and use in source and binary forms, with or without
   * modification, are permitted provided that the following conditions are met:
   *
   * 1. Redistributions of source code must retain the above copyright notice, this
   *    list of conditions and the following disclaimer.
   * 2. Redistributions in binary form must reproduce the above copyright notice,
   *    this list of conditions and the following disclaimer in the
   *    documentation and/or other materials provided with the distribution.
   * 3. Neither the name of the copyright holder nor the names of its contributors
   *    may be used to endorse or promote products derived from this software without
   *    specific prior written permission.
   *
   * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
   * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
   * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
   * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
   * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
   * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
   * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
   * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
   * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
   * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
   *)
*/
