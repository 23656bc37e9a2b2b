import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  COMMAND_STATS
} from "./chunk-JNS5VHXW.js";
import {
  bundleBeside,
  hasSignatureFlags
} from "./chunk-IJEYIB5L.js";
import {
  IncompleteRunError,
  buildReport
} from "./chunk-XCZ3W7XS.js";
import {
  sectionOf
} from "./chunk-6LTUVWQB.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";

// src/commands/check.ts
var DEFAULT_MANIFEST = "chainseal.manifest.json";
async function checkCommand(options) {
  const { config } = options;
  const manifest = sectionOf(config, "manifest");
  const signature = sectionOf(config, "signature");
  const deps = sectionOf(config, "deps");
  const scan = sectionOf(config, "scan");
  if (!manifest && !deps && !scan)
    throw new ChainsealError("usage", `nothing to check: configure manifest, deps or scan in .chainseal.json, or pass --manifest FILE, --deps or --scan (see chainseal check --help)`);
  if (signature && !manifest) throw new ChainsealError("usage", "signature: signing or verifying needs the manifest section (or --manifest FILE)");
  const policy = { failOn: options.policy.failOn };
  const runs = [];
  if (deps) {
    runs.push(
      outcome("deps", async () => [{
        section: "deps",
        // Each check's code is loaded only when it runs: a scan's rules compile as they load.
        report: await (await import("./chunk-VGIUTPV5.js")).depsCommand({
          cwd: options.cwd,
          env: options.env,
          lockfiles: deps.lockfiles ?? [],
          ...deps.registry !== void 0 && { registry: deps.registry },
          allowHosts: deps.allowHosts ?? [],
          ...deps.concurrency !== void 0 && { concurrency: deps.concurrency },
          tarballs: deps.tarballs ?? false,
          policy
        })
      }])
    );
  }
  runs.push(
    (async () => {
      const results2 = [];
      if (manifest) results2.push(...await outcome("manifest", () => integrity(options, policy, manifest, signature)));
      if (scan)
        results2.push(
          ...await outcome("scan", async () => [{
            section: "scan",
            report: await (await import("./chunk-FOPAFJ44.js")).scanCommand({
              cwd: options.cwd,
              paths: scan.paths ?? [],
              ...scan.root !== void 0 && { root: scan.root },
              include: scan.include ?? [],
              exclude: scan.exclude ?? [],
              defaultExcludes: scan.defaultExcludes ?? true,
              gitignore: scan.gitignore ?? false,
              rules: scan.rules ?? [],
              ...scan.allowlist && { allowlist: scan.allowlist },
              ...scan.maxFileSize !== void 0 && { maxFileSize: scan.maxFileSize },
              policy
            })
          }])
        );
      return results2;
    })()
  );
  const outcomes = (await Promise.all(runs)).flat();
  const results = outcomes.filter((o) => !(o instanceof Error));
  const errors = outcomes.filter((o) => o instanceof Error);
  if (errors.length === 0) return combine(results, options.policy);
  const bug = errors.find((e) => !(e instanceof ChainsealError));
  if (bug) throw bug;
  const error = new ChainsealError(errors[0].code, errors.map((e) => e.message).join("; "));
  throw results.length ? new IncompleteRunError(error, combine(results, options.policy).report) : error;
}
async function integrity(options, policy, manifest, signature) {
  const file = manifest.file ?? DEFAULT_MANIFEST;
  const mode = manifest.mode ?? "verify";
  const walk = {
    ...manifest.root !== void 0 && { root: manifest.root },
    ...options.onProgress && { onProgress: options.onProgress }
  };
  if (mode === "verify") {
    const flags = signatureFlags(signature);
    if (signature && !hasSignatureFlags(flags))
      throw new ChainsealError("usage", `signature: to verify the manifest's signature, name the signer: key (--key PUB.pem), or certificateIdentity (--certificate-identity) and certificateOidcIssuer (--certificate-oidc-issuer)`);
    const bundle = signature && (signature.bundle ?? bundleBeside(file));
    const { verifyCommand } = await import("./chunk-JB5HB22U.js");
    const report = await verifyCommand({
      cwd: options.cwd,
      env: options.env,
      manifest: file,
      artifacts: manifest.artifacts ?? [],
      ...bundle && { signature: { bundle, flags } },
      policy,
      ...walk
    });
    return [
      {
        section: "manifest",
        report,
        manifestPath: file,
        ...bundle && { bundlePath: bundle },
        ...typeof report.stats.treeDigest === "string" && { treeDigest: report.stats.treeDigest }
      }
    ];
  }
  const { manifestCommand } = await import("./chunk-GSTWZJRL.js");
  const created = await manifestCommand({
    cwd: options.cwd,
    env: options.env,
    paths: manifest.paths ?? [],
    output: file,
    include: manifest.include ?? [],
    exclude: manifest.exclude ?? [],
    defaultExcludes: manifest.defaultExcludes ?? true,
    gitignore: manifest.gitignore ?? false,
    algorithm: manifest.algorithm ?? "sha256",
    exports: [],
    policy,
    ...walk
  });
  const results = [{ section: "manifest", report: created.report, manifestPath: file, treeDigest: created.manifest.treeDigest }];
  if (signature) {
    const { signCommand } = await import("./chunk-V6VE4FJJ.js");
    const signed = await labelled(
      "signature",
      () => signCommand({
        cwd: options.cwd,
        env: options.env,
        manifest: file,
        ...signature.bundle !== void 0 && { output: signature.bundle },
        ...signature.key !== void 0 && { key: signature.key },
        ...options.identityToken !== void 0 && { identityToken: options.identityToken },
        staging: signature.staging ?? false,
        ...signature.fulcioUrl !== void 0 && { fulcioURL: signature.fulcioUrl },
        ...signature.rekorUrl !== void 0 && { rekorURL: signature.rekorUrl },
        ...signature.tsaUrl !== void 0 && { tsaURL: signature.tsaUrl },
        policy
      })
    );
    results.push({ section: "signature", report: signed.report, bundlePath: signed.report.stats.bundle });
  }
  return results;
}
function signatureFlags(signature) {
  if (!signature) return {};
  const { key, certificateIdentity, certificateIdentityRegexp, certificateOidcIssuer, trustedRoot } = signature;
  return Object.fromEntries(Object.entries({ key, certificateIdentity, certificateIdentityRegexp, certificateOidcIssuer, trustedRoot }).filter(([, v]) => v !== void 0));
}
async function outcome(section, work) {
  try {
    return await labelled(section, work);
  } catch (error) {
    return [error instanceof Error ? error : new Error(String(error))];
  }
}
async function labelled(section, work) {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ChainsealError && !error.message.startsWith(`${section}: `)) throw new ChainsealError(error.code, `${section}: ${error.message}`, { cause: error });
    throw error;
  }
}
function combine(results, policy) {
  const stats = { checks: results.map((r) => r.section).join(",") };
  for (const { section, report: report2 } of results)
    for (const [key, value] of Object.entries(report2.stats)) stats[key in COMMAND_STATS ? key : `${section}.${key}`] = value;
  const report = buildReport(
    "check",
    results.flatMap((r) => r.report.findings),
    policy,
    stats
  );
  const pick = (key) => results.find((r) => r[key] !== void 0)?.[key];
  const manifestPath = pick("manifestPath");
  const bundlePath = pick("bundlePath");
  const treeDigest = pick("treeDigest");
  return { report, ...manifestPath && { manifestPath }, ...bundlePath && { bundlePath }, ...treeDigest && { treeDigest } };
}

export {
  DEFAULT_MANIFEST,
  checkCommand
};
