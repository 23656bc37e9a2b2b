import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  HashWorkers,
  parseManifest,
  takeSnapshot,
  treeDigest,
  walkedPaths
} from "./chunk-D3H2H3IY.js";
import {
  relativeToRoot,
  resolveRoot
} from "./chunk-SNXMCATF.js";
import {
  INTEGRITY_RULES
} from "./chunk-J7KOAFIR.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import {
  comparePaths
} from "./chunk-NTTU4NFM.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
import {
  readInput,
  readStandardInput
} from "./chunk-S4FWCEOI.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";

// src/commands/verify.ts
import { hash } from "node:crypto";
import { realpathSync, statSync } from "node:fs";
import { basename as basename2, dirname, resolve } from "node:path";

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
  if (e.type === "file" && (e.digest !== a.digest || e.size !== a.size)) {
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
    message: expected.digest === actual.digest ? `the manifest records ${expected.size} bytes for digest ${short(expected.digest)}, the file has ${actual.size}: the manifest was edited` : `${what} changed: expected ${short(expected.digest)} (${expected.size} bytes), found ${short(actual.digest)} (${actual.size} bytes)`,
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
    const bytes = manifestBytes(options);
    if (!options.signature) return await verify(options, parseManifest(bytes.toString("utf8"), options.manifest), workers);
    const signature = options.signature;
    const sha256 = workers && bytes.length >= WORKER_DIGEST_BYTES ? workers.digest(bytes, "sha256") : Promise.resolve(hash("sha256", bytes, "hex"));
    const [signed, compared] = await Promise.allSettled([
      import("./chunk-5XRIIYFV.js").then((m) => m.verifySignature(options, signature, sha256)),
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
var STDIN = "-";
function manifestBytes(options) {
  const label = `manifest ${options.manifest}`;
  return options.manifest === STDIN ? readStandardInput(label) : readInput(resolve(options.cwd, options.manifest), label);
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
        real = realpathSync(resolve(options.cwd, given));
      } catch (error) {
        throw new ChainsealError("input", `artifact ${given} cannot be read: ${osReason(error)}`, { cause: error });
      }
      if (statSync(real).isDirectory()) throw new ChainsealError("input", `artifact ${given} is a directory; give the downloaded files themselves, or verify a tree with --root`);
      const snapshot2 = await takeSnapshot({ ...common, root: dirname(real), paths: [basename2(real)], selection: NO_SELECTION });
      findings2.push(...snapshot2.findings);
      const [entry] = snapshot2.entries;
      if (entry?.type === "file") findings2.push(...compareArtifact(given, entry, manifest.entries));
      else if (entry) throw new ChainsealError("input", `artifact ${given} is not a regular file`);
    }
    return buildReport("verify", findings2, options.policy, { artifacts: options.artifacts.length, manifest: options.manifest });
  }
  const root = resolveRoot(options.cwd, options.root);
  const own = [...options.manifest !== STDIN ? [options.manifest] : [], ...options.signature ? [options.signature.bundle] : []].map((file) => relativeToRoot(root, options.cwd, file)).filter((file) => !!file);
  const selection = { ...manifest.selection, excludeFiles: [...manifest.selection.excludeFiles, ...own] };
  const snapshot = await takeSnapshot({
    ...common,
    ...workers && { workers },
    root,
    paths: walkedPaths(manifest),
    selection
  });
  const findings = [...snapshot.findings, ...compareEntries(manifest.entries, snapshot.entries)];
  if (findings.length === 0 && snapshot.treeDigest !== manifest.treeDigest) {
    const own2 = treeDigest(manifest.entries, manifest.algorithm);
    if (own2 !== manifest.treeDigest)
      findings.push(
        createFinding(INTEGRITY_RULES.manifestInconsistent, {
          message: `the manifest records treeDigest ${manifest.treeDigest}, but its entries digest to ${own2}: it was changed after chainseal wrote it; its entries match the tree`,
          location: { path: options.manifest }
        })
      );
  }
  return buildReport("verify", findings, options.policy, {
    entries: manifest.entries.length,
    treeDigest: manifest.treeDigest,
    match: snapshot.treeDigest === manifest.treeDigest
  });
}
var WORKER_DIGEST_BYTES = 1 << 20;
var NO_SELECTION = { include: [], exclude: [], excludeFiles: [], defaultExcludes: false, gitignore: false };

export {
  verifyCommand
};
