import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  EventLog
} from "./chunk-6TJY37RX.js";
import {
  verifiedStored
} from "./chunk-MHUZ2GZX.js";
import {
  makeDirectory
} from "./chunk-H4DETFD5.js";
import {
  formatMode,
  readManifest,
  takeSnapshot,
  walkedPaths
} from "./chunk-D3H2H3IY.js";
import {
  entryFsPath,
  selectionFilter,
  underRoot
} from "./chunk-BD2N7C2T.js";
import {
  relativeToRoot,
  resolveRoot
} from "./chunk-SNXMCATF.js";
import "./chunk-J7KOAFIR.js";
import "./chunk-K3BPYAA3.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import "./chunk-6MDJQQ27.js";
import {
  isWithin
} from "./chunk-NTTU4NFM.js";
import {
  require_picomatch
} from "./chunk-OKLZT4PJ.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-IWQF2CKZ.js";
import "./chunk-S4FWCEOI.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";
import {
  __toESM
} from "./chunk-V4ML7QKM.js";

// src/commands/watch.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { resolve } from "node:path";

// src/watch/alerts.ts
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
var DEFAULT_ALERT_POLICY = { warning: 1, critical: 50, windowMs: 6e4, attempts: 3, retryMs: 500, timeoutMs: 1e4 };
var SAMPLE = 20;
var Alerter = class {
  #channels;
  #policy;
  #log;
  #root;
  #pending = [];
  #windowEnds = 0;
  #timer;
  #sending = /* @__PURE__ */ new Set();
  #abort = new AbortController();
  constructor(channels, policy, root, log) {
    this.#channels = channels;
    this.#policy = policy;
    this.#root = root;
    this.#log = log;
  }
  add(events) {
    if (!this.#channels.length || !events.length) return;
    this.#pending.push(...events);
    const now = Date.now();
    if (now >= this.#windowEnds) this.#flush();
    else this.#timer ??= setTimeout(() => this.#flush(), this.#windowEnds - now);
  }
  /** Sends what is gathered and waits for every send under way (bounded by their retries and timeouts). */
  async close() {
    if (this.#pending.length) this.#flush();
    clearTimeout(this.#timer);
    await Promise.allSettled([...this.#sending]);
  }
  #flush() {
    clearTimeout(this.#timer);
    this.#timer = void 0;
    const events = this.#pending;
    this.#pending = [];
    this.#windowEnds = Date.now() + this.#policy.windowMs;
    if (events.length < this.#policy.warning) return;
    const alert = this.#describe(events);
    for (const channel of this.#channels) {
      const sending = this.#deliver(channel, alert).finally(() => this.#sending.delete(sending));
      this.#sending.add(sending);
    }
  }
  #describe(events) {
    const byKind = {};
    for (const e of events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    const severity = events.length >= this.#policy.critical ? "critical" : "warning";
    const host = hostname();
    const counts = Object.entries(byKind).map(([kind, n]) => `${n} ${kind}`).join(", ");
    const first = events.slice(0, 3).map((e) => `${e.kind} ${e.path ?? ""}`.trim()).join("; ");
    return {
      severity,
      text: `chainseal ${severity}: ${events.length} unauthorized change${events.length === 1 ? "" : "s"} under ${this.#root} on ${host} (${counts}): ${first}${events.length > 3 ? "; \u2026" : ""}`,
      events: events.length,
      byKind,
      sample: events.slice(0, SAMPLE),
      host,
      root: this.#root
    };
  }
  async #deliver(channel, alert) {
    let reason = "";
    for (let attempt = 1; attempt <= this.#policy.attempts; attempt++) {
      try {
        await channel.send(alert, AbortSignal.any([this.#abort.signal, AbortSignal.timeout(this.#policy.timeoutMs)]));
        this.#log({ kind: "alert-sent", channel: channel.name, severity: alert.severity, events: alert.events, attempt });
        return;
      } catch (error) {
        reason = error.message;
        if (attempt < this.#policy.attempts) await sleep(this.#policy.retryMs * 2 ** (attempt - 1));
      }
    }
    this.#log({ kind: "alert-failed", channel: channel.name, severity: alert.severity, events: alert.events, reason });
  }
};
function webhookChannel(url, format) {
  const parsed = parseUrl(url, "--webhook");
  return {
    // The path of a Slack or Discord webhook URL is its secret: only the host is ever shown.
    name: `webhook ${parsed.host}`,
    async send(alert, signal) {
      const body = format === "slack" ? { text: alert.text, blocks: [{ type: "section", text: { type: "mrkdwn", text: alert.text } }] } : { source: "chainseal", ...alert };
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    }
  };
}
async function emailChannel(smtpUrl, from, to) {
  const parsed = parseUrl(smtpUrl, "the SMTP URL");
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") throw new ChainsealError("usage", `the SMTP URL must start smtp:// or smtps:// (got ${parsed.protocol}//\u2026)`);
  const { createTransport } = await import("./chunk-HDGVXFCA.js");
  const transport = createTransport(smtpUrl);
  return {
    name: `email ${parsed.hostname}`,
    async send(alert, signal) {
      signal.throwIfAborted();
      await transport.sendMail({
        from,
        to,
        subject: `[chainseal] ${alert.severity}: ${alert.events} change${alert.events === 1 ? "" : "s"} under ${alert.root} on ${alert.host}`,
        text: `${alert.text}

${alert.sample.map((e) => `${e.kind}	${e.path ?? ""}`).join("\n")}
`
      });
    }
  };
}
function smsChannel(api, accountSid, authToken, from, to) {
  const base = parseUrl(api, "--sms-api");
  const endpoint = new URL(`/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`, base);
  const auth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString("base64")}`;
  return {
    name: `sms ${base.host}`,
    async send(alert, signal) {
      for (const number of to) {
        const body = new URLSearchParams({ To: number, From: from, Body: alert.text.slice(0, 1500) });
        const response = await fetch(endpoint, { method: "POST", headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" }, body, signal });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
      }
    }
  };
}
function parseUrl(url, name) {
  try {
    return new URL(url);
  } catch {
    throw new ChainsealError("usage", `${name} is not a URL`);
  }
}

// src/watch/monitor.ts
import { chmodSync, constants, copyFileSync, lstatSync, readlinkSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
var CHANGE_KINDS = ["created", "modified", "deleted", "renamed", "mode-changed", "type-changed", "retargeted", "unreadable", "finding"];
var Monitor = class {
  #o;
  #expected;
  /** The last state seen of each present path (absent paths are not in the map). */
  #seen;
  /** The manifest's paths, as walks take them. */
  #paths;
  #selected;
  #hints = /* @__PURE__ */ new Set();
  #rescanAll = false;
  #timer;
  #firstHintAt = 0;
  #interval;
  #running = Promise.resolve();
  #watcher;
  #closed = false;
  #quarantined = 0;
  stats = { changes: 0, rescans: 0, batches: 0 };
  constructor(options) {
    this.#o = options;
    this.#expected = new Map(options.manifest.entries.map((e) => [e.path, e]));
    this.#seen = new Map(this.#expected);
    this.#paths = walkedPaths(options.manifest);
    this.#selected = selectionFilter(options.root, this.#paths, options.manifest.selection);
  }
  /** The watcher starts before the startup scan, so no change between the two is lost. */
  async start() {
    this.#watcher = this.#o.startWatcher({
      onHint: (rel) => this.#hint(rel),
      onTrouble: (reason) => {
        this.#o.log.append({ kind: "watch-error", reason });
        this.#hint(void 0);
      },
      // Only directories a walk of the manifest's paths would enter, and their ancestors.
      skipDir: (rel) => this.#isOwn(rel) || !this.#selected(rel, true) && !this.#leadsToSelection(rel)
    });
    await this.#enqueue(() => this.#check(void 0));
    this.#o.log.append({ kind: "ready", root: this.#o.root, entries: this.#expected.size, directories: this.#watcher.directories, treeDigest: this.#o.manifest.treeDigest });
    if (this.#o.intervalMs > 0) this.#interval = setInterval(() => this.#hint(void 0), this.#o.intervalMs);
  }
  /** Stops watching, finishes the batch under way, and checks what is still pending once more. */
  async close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#watcher?.close();
    clearInterval(this.#interval);
    clearTimeout(this.#timer);
    await this.#running;
    if (this.#hints.size || this.#rescanAll) await this.#flush();
  }
  #hint(rel) {
    if (this.#closed) return;
    if (rel === void 0) this.#rescanAll = true;
    else if (!this.#isOwn(rel)) this.#hints.add(rel);
    else return;
    const now = Date.now();
    if (!this.#timer) this.#firstHintAt = now;
    clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.#o.debounceMs, this.#firstHintAt + this.#o.maxWaitMs - now));
    this.#timer = setTimeout(() => {
      this.#timer = void 0;
      void this.#enqueue(() => this.#flush());
    }, wait);
  }
  /** An ancestor of one of the manifest's paths (watched so that path's own creation is seen). */
  #leadsToSelection(rel) {
    return this.#paths.some((p) => p !== rel && isWithin(p, rel));
  }
  #isOwn(rel) {
    return this.#o.own.some((own) => isWithin(rel, own));
  }
  #enqueue(work) {
    this.#running = this.#running.then(work).catch((error) => {
      this.#o.log.append({ kind: "monitor-error", reason: error.message });
    });
    return this.#running;
  }
  async #flush() {
    const all = this.#rescanAll;
    const hints = [...this.#hints];
    this.#rescanAll = false;
    this.#hints.clear();
    if (!all && !hints.length) return;
    await this.#check(all ? void 0 : hints);
  }
  /** Checks the given paths (and what lies under them), or the whole tree: re-stat, re-hash, compare. */
  async #check(hints) {
    const paths = hints ? collapse(hints) : this.#paths;
    if (hints) this.stats.batches++;
    else this.stats.rescans++;
    const present = [];
    for (const rel of paths) {
      let isDir;
      try {
        isDir = lstatSync(underRoot(this.#o.root, rel)).isDirectory();
      } catch {
        continue;
      }
      if (rel === "" || this.#selected(rel, isDir)) present.push(rel);
    }
    const snapshot = await takeSnapshot({
      root: this.#o.root,
      paths: present,
      selection: this.#o.manifest.selection,
      algorithm: this.#o.manifest.algorithm,
      // A few hinted files hash faster here than a pool starts; a rescan uses the pool.
      ...hints && { threads: 1 }
    });
    const now = new Map(snapshot.entries.filter((e) => !this.#isOwn(e.path)).map((e) => [e.path, e]));
    const inScope = (path) => paths.some((p) => isWithin(path, p));
    const affected = new Set(now.keys());
    for (const path of this.#seen.keys()) if (inScope(path)) affected.add(path);
    if (!hints) for (const path of this.#expected.keys()) affected.add(path);
    const changes = [];
    const deleted = /* @__PURE__ */ new Map();
    const created = /* @__PURE__ */ new Map();
    for (const path of affected) {
      const before = this.#seen.get(path);
      const after = now.get(path);
      if (sameState(before, after)) continue;
      if (after) this.#seen.set(path, after);
      else this.#seen.delete(path);
      const event = classify(path, this.#expected.get(path), after);
      if (!event) continue;
      if (event.kind === "deleted" && this.#expected.get(path)?.digest) deleted.set(path, this.#expected.get(path));
      else if (event.kind === "created" && after?.digest) created.set(path, after);
      else changes.push(event);
    }
    const createdByDigest = /* @__PURE__ */ new Map();
    for (const [path, entry] of created) {
      const sameContent = createdByDigest.get(entry.digest);
      if (sameContent) sameContent.push(path);
      else createdByDigest.set(entry.digest, [path]);
    }
    for (const [from, entry] of deleted) {
      const to = createdByDigest.get(entry.digest)?.shift();
      if (to !== void 0) {
        created.delete(to);
        changes.push({ kind: "renamed", path: to, from, digest: entry.digest });
      } else changes.push(classify(from, entry, void 0));
    }
    for (const [path, entry] of created) changes.push(classify(path, void 0, entry));
    for (const finding of snapshot.findings)
      changes.push({ kind: finding.ruleId === "integrity/unreadable" ? "unreadable" : "finding", path: finding.location?.path, ruleId: finding.ruleId, message: finding.message });
    const alerting = changes.filter((c) => CHANGE_KINDS.includes(c.kind));
    this.stats.changes += alerting.length;
    for (const change of changes) this.#o.log.append(change);
    this.#o.alerter.add(alerting.map((c) => ({ kind: c.kind, ...c.path !== void 0 && { path: c.path } })));
    for (const change of alerting) this.#act(change);
  }
  /** Restore or quarantine, as configured; every outcome is logged. */
  #act(change) {
    const path = change.path;
    if (path === void 0) return;
    if (change.kind === "renamed") {
      this.#act({ kind: "deleted", path: change.from });
      this.#act({ kind: "created", path });
      return;
    }
    const expected = this.#expected.get(path);
    const rule = this.#o.rules.find((r) => r.matches(path));
    const restore = rule ? rule.action === "restore" : this.#o.defaults.restore;
    const quarantine = rule ? rule.action !== "alert" : this.#o.defaults.quarantine;
    if (restore && this.#o.restore && expected && change.kind !== "created" && change.kind !== "unreadable" && change.kind !== "finding") this.#restore(path, expected, this.#o.restore);
    else if (quarantine && this.#o.quarantine && change.kind === "created") this.#quarantine(path, this.#o.quarantine);
  }
  #restore(path, expected, restore) {
    const target = entryFsPath(this.#o.root, expected);
    if (!parentsAreDirectories(this.#o.root, path)) return void this.#o.log.append({ kind: "restore-failed", path, reason: OUTSIDE });
    try {
      if (expected.type === "file" && expected.digest) {
        const stored = verifiedStored(restore.store, this.#o.manifest.algorithm, expected.digest);
        if (!stored) return void this.#o.log.append({ kind: "restore-failed", path, reason: `the store has no intact copy of ${expected.digest}` });
        const evidence = this.#setAside(target, path, restore.evidence);
        makeDirectory(dirname(target.toString()));
        const temporary = join(dirname(target.toString()), `.chainseal-restore-${process.pid}-${Date.now()}`);
        copyFileSync(stored, temporary, constants.COPYFILE_EXCL);
        chmodSync(temporary, Number.parseInt(expected.mode, 8));
        renameSync(temporary, target);
        this.#o.log.append({ kind: "restored", path, digest: expected.digest, ...evidence && { evidence } });
      } else if (expected.type === "symlink" && expected.target !== void 0) {
        const evidence = this.#setAside(target, path, restore.evidence);
        symlinkSync(expected.targetBytes !== void 0 ? Buffer.from(expected.targetBytes, "base64") : expected.target, target);
        this.#o.log.append({ kind: "restored", path, target: expected.target, ...evidence && { evidence } });
      } else this.#o.log.append({ kind: "restore-failed", path, reason: `a ${expected.type} cannot be restored` });
    } catch (error) {
      this.#o.log.append({ kind: "restore-failed", path, reason: osReason(error) });
    }
  }
  /** Moves what is at the path now into the evidence directory, if anything is; returns where. */
  #setAside(target, path, evidenceDir) {
    try {
      lstatSync(target);
    } catch {
      return void 0;
    }
    makeDirectory(evidenceDir, 448);
    const evidence = join(evidenceDir, `${fileStamp()}-${basename(path)}`);
    moveAside(target, evidence);
    return evidence;
  }
  #quarantine(path, dir) {
    const source = underRoot(this.#o.root, path);
    if (!parentsAreDirectories(this.#o.root, path)) return void this.#o.log.append({ kind: "quarantine-failed", path, reason: OUTSIDE });
    try {
      const stats = lstatSync(source);
      if (stats.isDirectory()) return;
      makeDirectory(dir, 448);
      const to = join(dir, `${fileStamp()}-${++this.#quarantined}-${basename(path)}`);
      const seen = this.#seen.get(path);
      writeFileSync(
        `${to}.json`,
        JSON.stringify({ path, size: stats.size, mode: formatMode(stats.mode & 4095), uid: stats.uid, gid: stats.gid, mtime: stats.mtime.toISOString(), digest: seen?.digest, target: stats.isSymbolicLink() ? readlinkSync(source, "utf8") : void 0, quarantinedAt: (/* @__PURE__ */ new Date()).toISOString() }, null, 2),
        { mode: 384 }
      );
      moveAside(source, to);
      this.#o.log.append({ kind: "quarantined", path, to });
    } catch (error) {
      this.#o.log.append({ kind: "quarantine-failed", path, reason: osReason(error) });
    }
  }
};
var OUTSIDE = "a directory above it is a symlink or not a directory: acting there could reach outside the root";
function parentsAreDirectories(root, path) {
  const parts = path.split("/");
  for (let i = 1; i < parts.length; i++) {
    try {
      if (!lstatSync(underRoot(root, parts.slice(0, i).join("/"))).isDirectory()) return false;
    } catch {
      return true;
    }
  }
  return true;
}
function fileStamp() {
  return (/* @__PURE__ */ new Date()).toISOString().replace(/[:.]/g, "-");
}
function moveAside(from, to) {
  try {
    renameSync(from, to);
  } catch (error) {
    if (error.code !== "EXDEV") throw error;
    if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to, constants.COPYFILE_EXCL);
    unlinkSync(from);
  }
}
function collapse(paths) {
  const sorted = [...new Set(paths)].sort();
  const kept = [];
  for (const path of sorted) if (!kept.some((k) => isWithin(path, k))) kept.push(path);
  return kept;
}
function sameState(a, b) {
  if (!a || !b) return a === b;
  return a.type === b.type && a.digest === b.digest && a.mode === b.mode && a.target === b.target && a.targetBytes === b.targetBytes;
}
function describe(entry) {
  return { type: entry.type, ...entry.digest && { digest: entry.digest }, ...entry.size !== void 0 && { size: entry.size }, mode: entry.mode, ...entry.target !== void 0 && { target: entry.target } };
}
function classify(path, expected, after) {
  if (!after) return expected ? { kind: "deleted", path, expected: describe(expected) } : { kind: "removed", path };
  if (!expected) return { kind: "created", path, found: describe(after) };
  if (sameState(expected, after)) return { kind: "reverted", path };
  const kind = expected.type !== after.type ? "type-changed" : expected.digest !== after.digest ? "modified" : expected.target !== after.target || expected.targetBytes !== after.targetBytes ? "retargeted" : "mode-changed";
  return { kind, path, expected: describe(expected), found: describe(after) };
}

// src/watch/watcher.ts
import { lstatSync as lstatSync2, readdirSync, watch } from "node:fs";
function watchTree(root, handlers) {
  const watchers = /* @__PURE__ */ new Map();
  const add = (rel) => {
    if (watchers.has(rel) || rel !== "" && handlers.skipDir(rel)) return;
    let watcher;
    try {
      watcher = watch(underRoot(root, rel), { persistent: true }, (_event, name) => {
        if (name === null) return handlers.onHint(rel === "" ? void 0 : rel);
        const child = rel === "" ? name : `${rel}/${name}`;
        let isDir = false;
        try {
          isDir = lstatSync2(underRoot(root, child)).isDirectory();
        } catch {
          removeUnder(child);
        }
        if (isDir) addTree(child);
        handlers.onHint(child);
      });
    } catch (error) {
      if (error.code !== "ENOENT") handlers.onTrouble(`cannot watch ${rel || "."}: ${osReason(error)}`);
      return;
    }
    watcher.on("error", (error) => {
      removeUnder(rel);
      if (error.code !== "ENOENT") handlers.onTrouble(`watching ${rel || "."} failed: ${osReason(error)}`);
    });
    watchers.set(rel, watcher);
  };
  const addTree = (rel) => {
    const pending = [rel];
    while (pending.length) {
      const dir = pending.pop();
      if (watchers.has(dir) && dir !== rel) continue;
      add(dir);
      if (!watchers.has(dir)) continue;
      try {
        for (const entry of readdirSync(underRoot(root, dir), { withFileTypes: true })) if (entry.isDirectory()) pending.push(dir === "" ? entry.name : `${dir}/${entry.name}`);
      } catch {
      }
    }
  };
  const removeUnder = (rel) => {
    for (const [dir, watcher] of watchers)
      if (isWithin(dir, rel)) {
        watcher.close();
        watchers.delete(dir);
      }
  };
  addTree("");
  return {
    get directories() {
      return watchers.size;
    },
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    }
  };
}

// src/commands/watch.ts
async function watchCommand(options) {
  const manifest = readManifest(resolve(options.cwd, options.manifest), options.manifest);
  const root = resolveRoot(options.cwd, options.root);
  const rules = options.rules ?? [];
  if ((options.restore || rules.some((r) => r.action === "restore")) && options.store === void 0)
    throw new ChainsealError("usage", `${options.restore ? "--restore" : "a watch rule with action restore"} needs --store DIR: the store \`chainseal manifest --store DIR\` filled with the manifest's files`);
  if (rules.some((r) => r.action === "quarantine") && options.quarantine === void 0) throw new ChainsealError("usage", "a watch rule with action quarantine needs --quarantine DIR: where to move the files");
  const store = options.store !== void 0 ? resolve(options.cwd, options.store) : void 0;
  const quarantine = options.quarantine !== void 0 ? resolve(options.cwd, options.quarantine) : void 0;
  if (quarantine !== void 0) {
    try {
      makeDirectory(quarantine, 448);
    } catch (error) {
      throw new ChainsealError("io", `cannot create the quarantine directory ${options.quarantine}: ${osReason(error)}; give --quarantine a directory that exists or can be made`, { cause: error });
    }
  }
  const logFile = options.log !== void 0 ? resolve(options.cwd, options.log) : void 0;
  const own = [store, quarantine, logFile, resolve(options.cwd, options.manifest)].filter((p) => p !== void 0).map((p) => relativeToRoot(root, options.cwd, p)).filter((p) => p !== void 0 && p !== "");
  const channels = options.webhooks.map((w) => webhookChannel(w.url, w.format));
  if (options.email) channels.push(await emailChannel(options.email.smtpUrl, options.email.from, options.email.to));
  if (options.sms) {
    const { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token } = options.env;
    if (!sid || !token) throw new ChainsealError("usage", "--sms-to needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN in the environment");
    channels.push(smsChannel(options.sms.api, sid, token, options.sms.from, options.sms.to));
  }
  const log = new EventLog(logFile, logFile === void 0 ? options.echo : void 0, options.log);
  const alerter = new Alerter(channels, { ...DEFAULT_ALERT_POLICY, ...options.alertPolicy }, root, (event) => log.append(event));
  const monitor = new Monitor({
    root,
    manifest,
    log,
    alerter,
    // The store is given to the monitor whenever there is one; rules and --restore decide when it is used.
    ...store !== void 0 && { restore: { store, evidence: resolve(store, "evidence") } },
    ...quarantine !== void 0 && { quarantine },
    rules: rules.map((r) => ({ matches: (0, import_picomatch.default)(r.paths, { dot: true }), action: r.action })),
    defaults: { restore: options.restore, quarantine: quarantine !== void 0 },
    own,
    debounceMs: options.debounceMs,
    maxWaitMs: Math.max(options.debounceMs * 5, 500),
    intervalMs: options.intervalMs,
    startWatcher: (handlers) => watchTree(root, handlers)
  });
  try {
    log.append({ kind: "start", manifest: options.manifest, root, channels: channels.map((c) => c.name) });
    if (!options.signal.aborted) {
      await monitor.start();
      options.onReady?.();
      await new Promise((done) => options.signal.aborted ? done() : options.signal.addEventListener("abort", () => done(), { once: true }));
    }
  } finally {
    await monitor.close();
    await alerter.close();
    log.append({ kind: "stop", ...monitor.stats });
    log.close();
  }
  return buildReport("watch", [], options.policy, { ...monitor.stats, ...logFile && { log: options.log } });
}
export {
  watchCommand
};
