import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  STAGING,
  signStatement
} from "./chunk-BBH4LEUQ.js";
import {
  parseManifest
} from "./chunk-EUM6IZNU.js";
import {
  buildReport,
  writeFileAtomic
} from "./chunk-I6ZC66UM.js";
import "./chunk-CXDABKIQ.js";
import "./chunk-LNQWYFPJ.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-LCJN5RNY.js";
import {
  KEY_RULES,
  manifestStatement,
  serializeBundle
} from "./chunk-FK2OXL6G.js";
import {
  keyHint,
  readPrivateKey
} from "./chunk-LVRSLGIQ.js";
import {
  createFinding
} from "./chunk-SP736H5E.js";
import {
  ChainsealError,
  osReason
} from "./chunk-C7GXJFL7.js";
import "./chunk-RG5UG3NJ.js";
import "./chunk-V4ML7QKM.js";

// src/commands/sign.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createPublicKey } from "node:crypto";
async function signCommand(options) {
  const manifestPath = resolve(options.cwd, options.manifest);
  let bytes;
  try {
    bytes = readFileSync(manifestPath);
  } catch (error) {
    throw new ChainsealError("input", `cannot read manifest ${options.manifest}: ${osReason(error)}`, { cause: error });
  }
  const manifest = parseManifest(bytes.toString("utf8"), options.manifest);
  const statement = manifestStatement(options.manifest, bytes, manifest);
  const findings = [];
  let method;
  let signer;
  if (options.key !== void 0) {
    const { key, readableByOthers } = readPrivateKey(resolve(options.cwd, options.key), options.key);
    if (readableByOthers)
      findings.push(createFinding(KEY_RULES.privateKeyReadable, { message: `private key ${options.key} can be read by other users; chmod 600 it`, location: { path: options.key } }));
    method = { kind: "key", key };
    signer = `key ${keyHint(createPublicKey(key)).slice(0, 16)}`;
  } else {
    const services = options.staging ? STAGING : PUBLIC_GOOD;
    method = {
      kind: "keyless",
      env: options.env,
      ...options.identityToken !== void 0 && { identityToken: options.identityToken },
      fulcioURL: options.fulcioURL ?? services.fulcio,
      rekorURL: options.rekorURL ?? services.rekor,
      ...options.tsaURL !== void 0 && { tsaURL: options.tsaURL }
    };
    signer = "keyless";
  }
  const bundle = await signStatement(statement, method);
  const output = options.output ?? `${options.manifest}.sigstore.json`;
  const bundlePath = resolve(options.cwd, output);
  writeFileAtomic(bundlePath, [serializeBundle(bundle)]);
  const report = buildReport("sign", findings, options.policy, {
    bundle: output,
    signer,
    subjects: statement.subject.length,
    treeDigest: manifest.treeDigest
  });
  return { report, bundlePath };
}
export {
  signCommand
};
