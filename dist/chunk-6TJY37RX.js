import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/watch/event-log.ts
import { createHash } from "node:crypto";
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from "node:fs";
var GENESIS = "0".repeat(64);
var LINE = /^\{"hash":"([0-9a-f]{64})",(.*)\}$/;
var EventLog = class {
  #fd;
  #echo;
  #prev;
  #seq;
  /** `file` is appended to (continuing its chain); without one, lines only go to `echo`. Messages call it `name`. */
  constructor(file, echo, name = file) {
    this.#echo = echo;
    this.#prev = GENESIS;
    this.#seq = 0;
    if (file === void 0) return;
    let existing = "";
    try {
      existing = readFileSync(file, "utf8");
    } catch (error) {
      if (error.code !== "ENOENT") throw new ChainsealError("input", `cannot read event log ${name}: ${osReason(error)}`, { cause: error });
    }
    const last = existing.trimEnd().split("\n").pop();
    if (last) {
      const match = LINE.exec(last);
      if (!match) throw new ChainsealError("input", `event log ${name} does not end with a chainseal record; check it with chainseal log verify, or log to a new file`);
      const record = JSON.parse(last);
      this.#prev = match[1];
      this.#seq = record.seq;
    }
    try {
      this.#fd = openSync(file, "a", 384);
    } catch (error) {
      throw new ChainsealError("input", `cannot open event log ${name}: ${osReason(error)}`, { cause: error });
    }
  }
  append(event) {
    const body = JSON.stringify({ seq: this.#seq + 1, time: (/* @__PURE__ */ new Date()).toISOString(), ...event, prev: this.#prev });
    const hash = recordHash(body);
    const line = `{"hash":"${hash}",${body.slice(1)}
`;
    if (this.#fd !== void 0) writeSync(this.#fd, line);
    this.#echo?.(line);
    this.#seq++;
    this.#prev = hash;
  }
  close() {
    if (this.#fd === void 0) return;
    fsyncSync(this.#fd);
    closeSync(this.#fd);
  }
};
function recordHash(body) {
  return createHash("sha256").update(body).digest("hex");
}
function verifyLog(text) {
  const records = [];
  const breaks = [];
  let prev = GENESIS;
  let seq = 0;
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  lines.forEach((line, index) => {
    const at = index + 1;
    const match = LINE.exec(line);
    if (!match) return void breaks.push({ line: at, reason: "is not a chainseal log record" });
    const body = `{${match[2]}}`;
    let record;
    try {
      record = { ...JSON.parse(body), hash: match[1] };
    } catch {
      return void breaks.push({ line: at, reason: "is not valid JSON" });
    }
    if (recordHash(body) !== record.hash) breaks.push({ line: at, reason: "was edited: its hash does not match its content" });
    else if (record.prev !== prev) breaks.push({ line: at, reason: `does not follow the line before it (a line was deleted, inserted or moved)` });
    else if (record.seq !== seq + 1) breaks.push({ line: at, reason: `has sequence ${record.seq}, expected ${seq + 1}` });
    records.push(record);
    prev = record.hash;
    seq = record.seq;
  });
  return { records, breaks };
}

export {
  EventLog,
  verifyLog
};
