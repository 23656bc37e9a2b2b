import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  storeFile
} from "./chunk-MHUZ2GZX.js";
import {
  createManifest,
  readManifest,
  takeSnapshot,
  treeDigest,
  walkedPaths,
  writeManifest
} from "./chunk-D3H2H3IY.js";
import {
  withoutCredentials
} from "./chunk-76LJFSY3.js";
import {
  entryFsPath,
  underRoot
} from "./chunk-BD2N7C2T.js";
import {
  exportManifest
} from "./chunk-A7PEBY3R.js";
import {
  givenPath,
  givenPaths,
  relativeToRoot,
  resolveRoot
} from "./chunk-SNXMCATF.js";
import {
  INTEGRITY_RULES
} from "./chunk-J7KOAFIR.js";
import {
  writeFileAtomic
} from "./chunk-K3BPYAA3.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import {
  comparePaths,
  isWithin
} from "./chunk-NTTU4NFM.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
import {
  READ_BUFFER_SIZE
} from "./chunk-DUQ2JHVY.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/commands/manifest.ts
import { lstatSync } from "node:fs";
import { resolve } from "node:path";

// src/integrity/source.ts
import { execFile } from "node:child_process";
var GITHUB_KEYS = [
  "GITHUB_SERVER_URL",
  "GITHUB_REPOSITORY",
  "GITHUB_SHA",
  "GITHUB_REF",
  "GITHUB_WORKFLOW_REF",
  "GITHUB_EVENT_NAME",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_ATTEMPT",
  "RUNNER_ENVIRONMENT"
];
async function collectSource(root, env) {
  const source = {};
  const [commit, ref, remote] = await Promise.all([
    git(root, "rev-parse", "--verify", "-q", "HEAD"),
    git(root, "symbolic-ref", "-q", "HEAD"),
    git(root, "remote", "get-url", "origin")
  ]);
  if (commit) {
    source.git = { commit };
    if (ref) source.git.ref = ref;
    if (remote) source.git.remote = withoutCredentials(remote);
  }
  if (env.GITHUB_ACTIONS === "true") {
    const github = {};
    for (const key of GITHUB_KEYS) {
      const value = env[key];
      if (value) github[key.toLowerCase().replace(/^github_/, "")] = value;
    }
    source.github = github;
  }
  return source;
}
function git(cwd, ...args) {
  return new Promise((resolve2) => {
    execFile("git", args, { cwd, encoding: "utf8", timeout: 1e4 }, (error, stdout) => resolve2(error ? void 0 : stdout.trim() || void 0));
  });
}

// src/commands/manifest.ts
async function manifestCommand(options) {
  const root = resolveRoot(options.cwd, options.root);
  const rels = givenPaths(root, options.cwd, options.paths, options.root, "hashed");
  const manifestPath = resolve(options.cwd, options.output);
  const exports = options.exports.map((e) => ({ format: e.format, path: resolve(options.cwd, e.file ?? `${options.output}.${e.format}`) }));
  const excludeFiles = [manifestPath, ...exports.map((e) => e.path), ...options.store !== void 0 ? [resolve(options.cwd, options.store)] : []].map((p) => relativeToRoot(root, options.cwd, p)).filter((p) => p !== void 0 && p !== "");
  const selection = {
    include: options.include,
    exclude: options.exclude,
    excludeFiles,
    defaultExcludes: options.defaultExcludes,
    gitignore: options.gitignore
  };
  const source = collectSource(root, options.env);
  const snapshot = await takeSnapshot({
    root,
    paths: rels,
    selection,
    algorithm: options.algorithm,
    ...options.threads !== void 0 && { threads: options.threads },
    ...options.onProgress && { onProgress: options.onProgress }
  });
  const manifest = createManifest({
    algorithm: options.algorithm,
    paths: [...new Set(rels.map((r) => r || "."))].sort(),
    selection,
    source: await source,
    entries: snapshot.entries,
    treeDigest: snapshot.treeDigest,
    env: options.env
  });
  const rendered = exports.map((e) => ({ path: e.path, lines: exportManifest(manifest, e.format) }));
  const stored = options.store !== void 0 ? storeEntries(resolve(options.cwd, options.store), root, manifest.algorithm, snapshot.entries) : void 0;
  writeManifest(manifestPath, manifest);
  for (const e of rendered) writeFileAtomic(e.path, e.lines);
  const report = buildReport("manifest", [...snapshot.findings, ...stored?.findings ?? []], options.policy, {
    files: manifest.summary.files,
    bytes: manifest.summary.bytes,
    treeDigest: manifest.treeDigest,
    manifest: options.output,
    ...stored && { stored: stored.count }
  });
  return { report, manifest, manifestPath };
}
async function updateManifestCommand(options) {
  const manifestPath = resolve(options.cwd, options.manifest);
  const existing = readManifest(manifestPath, options.manifest);
  const root = resolveRoot(options.cwd, options.root);
  if (!options.paths.length) throw new ChainsealError("usage", `manifest --update ${options.manifest} needs the paths to re-baseline`);
  const rels = options.paths.map((p) => givenPath(root, options.cwd, p, options.root, "re-baselined"));
  const listed = walkedPaths(existing);
  const within = (rel, bases) => bases.some((base) => isWithin(rel, base));
  for (const rel of rels)
    if (!within(rel, listed)) throw new ChainsealError("usage", `${rel || "."} is outside the paths ${options.manifest} covers (${existing.paths.join(", ")}); create a new manifest to cover it`);
  const present = rels.filter((rel) => exists(underRoot(root, rel)));
  const snapshot = await takeSnapshot({ root, paths: present, selection: existing.selection, algorithm: existing.algorithm });
  const entries = [...existing.entries.filter((e) => !within(e.path, rels)), ...snapshot.entries].sort(comparePaths);
  const manifest = createManifest({ algorithm: existing.algorithm, paths: existing.paths, selection: existing.selection, source: existing.source, entries, treeDigest: treeDigest(entries, existing.algorithm), env: options.env });
  const stored = options.store !== void 0 ? storeEntries(resolve(options.cwd, options.store), root, manifest.algorithm, snapshot.entries) : void 0;
  writeManifest(manifestPath, manifest);
  const content = (e) => e.digest ?? e.target ?? e.type;
  const before = new Map(existing.entries.filter((e) => within(e.path, rels)).map((e) => [e.path, content(e)]));
  const after = new Map(snapshot.entries.map((e) => [e.path, content(e)]));
  const changed = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).length;
  const report = buildReport("manifest", [...snapshot.findings, ...stored?.findings ?? []], options.policy, {
    updated: changed,
    entries: manifest.summary.entries,
    treeDigest: manifest.treeDigest,
    manifest: options.manifest,
    ...stored && { stored: stored.count }
  });
  return { report, manifest, manifestPath };
}
function exists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
function storeEntries(store, root, algorithm, entries) {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_SIZE);
  const findings = [];
  let count = 0;
  for (const entry of entries) {
    if (entry.type !== "file" || !entry.digest) continue;
    const source = entryFsPath(root, entry);
    let kept = false;
    try {
      kept = storeFile(store, algorithm, entry.digest, source, buffer);
    } catch (error) {
      throw new ChainsealError("io", `cannot write to the store ${store}: ${osReason(error)}`, { cause: error });
    }
    if (kept) count++;
    else findings.push(createFinding(INTEGRITY_RULES.changedWhileHashing, { message: "changed after it was hashed: not copied into the store, so it cannot be restored", location: { path: entry.path } }));
  }
  return { count, findings };
}

export {
  manifestCommand,
  updateManifestCommand
};
