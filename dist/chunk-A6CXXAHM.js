import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  HashWorkers,
  INTEGRITY_RULES,
  createManifest,
  parseManifest,
  readManifest,
  takeSnapshot,
  writeManifest
} from "./chunk-3VHSVAIE.js";
import {
  buildReport,
  writeFileAtomic
} from "./chunk-M727K2EP.js";
import {
  comparePaths,
  pathBytes
} from "./chunk-CXDABKIQ.js";
import {
  createFinding,
  readInput
} from "./chunk-NBWFPI56.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/commands/manifest.ts
import { resolve as resolve2 } from "node:path";

// src/integrity/export.ts
var EXPORT_FORMATS = ["sha256sum", "sha512sum", "mtree"];
function exportManifest(manifest, format) {
  if (format === "mtree") return mtree(manifest);
  const wanted = format === "sha256sum" ? "sha256" : "sha512";
  if (manifest.algorithm !== wanted)
    throw new ChainsealError("usage", `--export ${format} needs a ${wanted} manifest, this one is ${manifest.algorithm}; use --algorithm ${wanted} or --export ${manifest.algorithm}sum`);
  return checksums(manifest.entries);
}
function checksums(entries) {
  const lines = [];
  for (const entry of entries) {
    if (entry.type !== "file") continue;
    const name = pathBytes(entry);
    const needsEscape = name.some((b) => b === 92 || b === 10 || b === 13);
    const escaped = needsEscape ? escapeBytes(name, COREUTILS_ESCAPES) : name;
    lines.push(Buffer.concat([Buffer.from(needsEscape ? "\\" : ""), Buffer.from(`${entry.digest}  `), escaped, NEWLINE]));
  }
  return lines;
}
var NEWLINE = Buffer.from("\n");
var COREUTILS_ESCAPES = { 92: "\\\\", 10: "\\n", 13: "\\r" };
function escapeBytes(name, escapes) {
  const parts = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const replacement = escapes[name[i]];
    if (replacement === void 0) continue;
    parts.push(name.subarray(start, i), Buffer.from(replacement));
    start = i + 1;
  }
  parts.push(name.subarray(start));
  return Buffer.concat(parts);
}
function mtree(manifest) {
  const keyword = `${manifest.algorithm}digest`;
  const lines = [Buffer.from("#mtree\n. type=dir\n")];
  const listed = /* @__PURE__ */ new Set();
  for (const entry of manifest.entries) {
    const name = pathBytes(entry);
    for (let i = name.indexOf(47); i !== -1; i = name.indexOf(47, i + 1)) {
      const dir = name.subarray(0, i);
      const key = dir.toString("latin1");
      if (listed.has(key)) continue;
      listed.add(key);
      lines.push(Buffer.from(`./${mtreeName(dir)} type=dir
`));
    }
    const keywords = [`type=${MTREE_TYPES[entry.type]}`, `mode=${entry.mode}`];
    if (entry.type === "file") keywords.push(`size=${entry.size}`, `${keyword}=${entry.digest}`);
    if (entry.type === "symlink") keywords.push(`link=${mtreeName(entry.targetBytes !== void 0 ? Buffer.from(entry.targetBytes, "base64") : Buffer.from(entry.target))}`);
    lines.push(Buffer.from(`./${mtreeName(name)} ${keywords.join(" ")}
`));
  }
  return lines;
}
var MTREE_TYPES = {
  file: "file",
  symlink: "link",
  fifo: "fifo",
  socket: "socket",
  "char-device": "char",
  "block-device": "block"
};
function mtreeName(name) {
  let out = "";
  for (const byte of name) {
    const safe = byte >= 48 && byte <= 57 || byte >= 65 && byte <= 90 || byte >= 97 && byte <= 122 || SAFE_PUNCTUATION.has(byte);
    out += safe ? String.fromCharCode(byte) : "\\" + byte.toString(8).padStart(3, "0");
  }
  return out;
}
var SAFE_PUNCTUATION = new Set(Buffer.from("._-+,@%:/~^"));

// src/integrity/root.ts
import { lstatSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function resolveRoot(cwd, root) {
  const absolute = resolve(cwd, root ?? ".");
  let isDirectory;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    throw new ChainsealError("input", `--root ${root ?? "."} cannot be used: ${osReason(error)}`, { cause: error });
  }
  if (!isDirectory) throw new ChainsealError("input", `--root ${root} is not a directory; give the directory manifest paths are relative to`);
  return absolute;
}
function relativeToRoot(root, cwd, given) {
  const rel = relative(root, resolve(cwd, given));
  if (rel === "") return "";
  if (rel === ".." || rel.startsWith(".." + sep) || isAbsolute(rel)) return void 0;
  return rel.split(sep).join("/");
}
function givenPaths(root, cwd, paths, rootFlag, verb) {
  return (paths.length ? paths : [root]).map((p) => {
    const rel = relativeToRoot(root, cwd, p);
    if (rel === void 0) throw new ChainsealError("usage", `path ${p} is outside the root ${rootFlag ?? "."}; give paths inside it or set --root`);
    try {
      lstatSync(resolve(cwd, p));
    } catch (error) {
      throw new ChainsealError("input", `path ${p} cannot be ${verb}: ${osReason(error)}`, { cause: error });
    }
    return rel;
  });
}

// src/integrity/source.ts
import { execFile } from "node:child_process";

// src/io/url.ts
function withoutCredentials(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return String(url);
  }
  if (!parsed.username && !parsed.password) return parsed.toString();
  parsed.username = "";
  parsed.password = "";
  return parsed.toString();
}

// src/integrity/source.ts
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
  return new Promise((resolve4) => {
    execFile("git", args, { cwd, encoding: "utf8", timeout: 1e4 }, (error, stdout) => resolve4(error ? void 0 : stdout.trim() || void 0));
  });
}

// src/commands/manifest.ts
async function manifestCommand(options) {
  const root = resolveRoot(options.cwd, options.root);
  const rels = givenPaths(root, options.cwd, options.paths, options.root, "hashed");
  const manifestPath = resolve2(options.cwd, options.output);
  const exports = options.exports.map((e) => ({ format: e.format, path: resolve2(options.cwd, e.file ?? `${options.output}.${e.format}`) }));
  const excludeFiles = [manifestPath, ...exports.map((e) => e.path)].map((p) => relativeToRoot(root, options.cwd, p)).filter((p) => p !== void 0 && p !== "");
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
  writeManifest(manifestPath, manifest);
  for (const e of rendered) writeFileAtomic(e.path, e.lines);
  const report = buildReport("manifest", snapshot.findings, options.policy, {
    files: manifest.summary.files,
    bytes: manifest.summary.bytes,
    treeDigest: manifest.treeDigest,
    manifest: options.output
  });
  return { report, manifest, manifestPath };
}

// src/commands/verify.ts
import { realpathSync } from "node:fs";
import { basename as basename2, dirname, resolve as resolve3 } from "node:path";

// src/integrity/compare.ts
import { basename } from "node:path";
function compareEntries(expected, actual) {
  const findings = [];
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    const e = expected[i];
    const a = actual[j];
    const order = !e ? 1 : !a ? -1 : comparePaths(e, a);
    if (order < 0) {
      findings.push(
        createFinding(INTEGRITY_RULES.deleted, { message: `${describeType(e.type)} listed in the manifest is missing`, location: { path: e.path } })
      );
      i++;
    } else if (order > 0) {
      findings.push(
        createFinding(INTEGRITY_RULES.added, {
          message: `${describeType(a.type)} is not in the manifest${a.digest ? ` (${short(a.digest)})` : ""}`,
          location: { path: a.path },
          identity: [a.digest ?? a.target ?? a.type]
        })
      );
      j++;
    } else {
      findings.push(...compareEntry(e, a));
      i++;
      j++;
    }
  }
  return findings;
}
function compareEntry(e, a) {
  const location = { path: e.path };
  if (e.type !== a.type)
    return [
      createFinding(INTEGRITY_RULES.typeChanged, {
        message: `was a ${describeType(e.type)}, is now a ${describeType(a.type)}`,
        location,
        identity: [e.type, a.type]
      })
    ];
  const findings = [];
  if (e.type === "file" && e.digest !== a.digest) {
    findings.push(modified(location.path, e, a));
    if (e.members && a.members) findings.push(...compareMembers(location.path, e.members, a.members));
  }
  if (e.type === "symlink" && (e.target !== a.target || e.targetBytes !== a.targetBytes))
    findings.push(
      createFinding(INTEGRITY_RULES.symlinkRetargeted, {
        message: `pointed to ${JSON.stringify(e.target)}, now points to ${JSON.stringify(a.target)}`,
        location,
        identity: [a.target ?? ""]
      })
    );
  if (e.type !== "symlink" && e.mode !== a.mode)
    findings.push(
      createFinding(INTEGRITY_RULES.modeChanged, { message: `mode was ${e.mode}, is now ${a.mode}`, location, identity: [e.mode, a.mode] })
    );
  return findings;
}
function modified(path, expected, actual, what = "content", identity = "") {
  return createFinding(INTEGRITY_RULES.modified, {
    message: `${what} changed: expected ${short(expected.digest)} (${expected.size} bytes), found ${short(actual.digest)} (${actual.size} bytes)`,
    location: { path },
    identity: [identity, actual.digest ?? ""]
  });
}
function compareMembers(archive, expected, actual) {
  const before = new Map(expected.map((m) => [m.path, m]));
  const after = new Map(actual.map((m) => [m.path, m]));
  const findings = [];
  const location = { path: archive };
  for (const [name, e] of before) {
    const a = after.get(name);
    if (!a) {
      findings.push(createFinding(INTEGRITY_RULES.deleted, { message: `member ${JSON.stringify(name)} is missing from the archive`, location, identity: [name] }));
    } else if (e.type !== a.type) {
      findings.push(createFinding(INTEGRITY_RULES.typeChanged, { message: `member ${JSON.stringify(name)} was a ${e.type}, is now a ${a.type}`, location, identity: [name, e.type, a.type] }));
    } else {
      if (e.digest !== a.digest) findings.push(modified(archive, e, a, `member ${JSON.stringify(name)}`, name));
      if (e.target !== a.target)
        findings.push(createFinding(INTEGRITY_RULES.symlinkRetargeted, { message: `member ${JSON.stringify(name)} pointed to ${JSON.stringify(e.target)}, now points to ${JSON.stringify(a.target)}`, location, identity: [name, a.target ?? ""] }));
      if (e.type !== "symlink" && e.mode !== a.mode)
        findings.push(createFinding(INTEGRITY_RULES.modeChanged, { message: `member ${JSON.stringify(name)} mode was ${e.mode}, is now ${a.mode}`, location, identity: [name, e.mode, a.mode] }));
    }
  }
  for (const [name, a] of after)
    if (!before.has(name))
      findings.push(createFinding(INTEGRITY_RULES.added, { message: `member ${JSON.stringify(name)} is not in the manifest`, location, identity: [name, a.digest ?? a.type] }));
  return findings;
}
function compareArtifact(given, actual, manifestEntries) {
  const name = basename(given);
  const candidates = manifestEntries.filter((e) => e.type === "file" && basename(e.path) === name);
  if (candidates.length === 0)
    return [
      createFinding(INTEGRITY_RULES.unknownArtifact, {
        message: `artifact ${JSON.stringify(given)} has no entry named ${JSON.stringify(name)} in the manifest`,
        location: { path: name },
        identity: [actual.digest ?? ""]
      })
    ];
  if (candidates.some((c) => c.digest === actual.digest)) return [];
  const expected = candidates[0];
  const others = candidates.length > 1 ? ` (nor any of the ${candidates.length - 1} other entries of that name)` : "";
  const findings = [modified(expected.path, expected, actual, `artifact ${JSON.stringify(given)}${others}`, given)];
  if (candidates.length === 1 && expected.members && actual.members) findings.push(...compareMembers(expected.path, expected.members, actual.members));
  return findings;
}
function describeType(type) {
  return type === "file" ? "file" : type === "symlink" ? "symlink" : `special file (${type})`;
}
function short(digest) {
  return (digest ?? "none").slice(0, 12);
}

// src/commands/verify.ts
async function verifyCommand(options) {
  const workers = options.artifacts.length === 0 && options.threads !== 1 ? HashWorkers.start(options.threads) : void 0;
  try {
    if (!options.signature) return await verify(options, readManifest(resolve3(options.cwd, options.manifest), options.manifest), workers);
    const signature = options.signature;
    const bytes = readInput(resolve3(options.cwd, options.manifest), `manifest ${options.manifest}`);
    const [signed, compared] = await Promise.allSettled([
      import("./chunk-HTBTBNWU.js").then((m) => m.verifySignature(options, signature, bytes)),
      (async () => verify(options, parseManifest(bytes.toString("utf8"), options.manifest), workers))()
    ]);
    if (signed.status === "rejected") throw signed.reason;
    if ("failure" in signed.value) return buildReport("verify", [signed.value.failure], options.policy, { signature: "failed", treeChecked: false });
    if (compared.status === "rejected") throw compared.reason;
    return { ...compared.value, stats: { ...compared.value.stats, ...signed.value.stats } };
  } finally {
    await workers?.terminate();
  }
}
async function verify(options, manifest, workers) {
  const common = {
    algorithm: manifest.algorithm,
    ...options.threads !== void 0 && { threads: options.threads },
    ...options.onProgress && { onProgress: options.onProgress }
  };
  if (options.artifacts.length) {
    const findings2 = [];
    for (const given of options.artifacts) {
      let real;
      try {
        real = realpathSync(resolve3(options.cwd, given));
      } catch (error) {
        throw new ChainsealError("input", `artifact ${given} cannot be read: ${osReason(error)}`, { cause: error });
      }
      const snapshot2 = await takeSnapshot({ ...common, root: dirname(real), paths: [basename2(real)], selection: NO_SELECTION });
      findings2.push(...snapshot2.findings);
      const [entry] = snapshot2.entries;
      if (entry?.type === "file") findings2.push(...compareArtifact(given, entry, manifest.entries));
      else if (entry) throw new ChainsealError("input", `artifact ${given} is not a regular file`);
    }
    return buildReport("verify", findings2, options.policy, { artifacts: options.artifacts.length, manifest: options.manifest });
  }
  const root = resolveRoot(options.cwd, options.root);
  const own = [options.manifest, ...options.signature ? [options.signature.bundle] : []].map((file) => relativeToRoot(root, options.cwd, file)).filter((file) => !!file);
  const selection = { ...manifest.selection, excludeFiles: [...manifest.selection.excludeFiles, ...own] };
  const snapshot = await takeSnapshot({
    ...common,
    ...workers && { workers },
    root,
    paths: manifest.paths.map((p) => p === "." ? "" : p),
    selection
  });
  const findings = [...snapshot.findings, ...compareEntries(manifest.entries, snapshot.entries)];
  return buildReport("verify", findings, options.policy, {
    entries: manifest.entries.length,
    treeDigest: manifest.treeDigest,
    match: snapshot.treeDigest === manifest.treeDigest
  });
}
var NO_SELECTION = { include: [], exclude: [], excludeFiles: [], defaultExcludes: false, gitignore: false };

export {
  withoutCredentials,
  EXPORT_FORMATS,
  resolveRoot,
  givenPaths,
  manifestCommand,
  verifyCommand
};
