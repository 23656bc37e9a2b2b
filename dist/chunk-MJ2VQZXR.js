import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  STAGING,
  signStatement
} from "./chunk-YJJM4APN.js";
import {
  parseManifest
} from "./chunk-3VHSVAIE.js";
import {
  buildReport,
  writeFileAtomic
} from "./chunk-M727K2EP.js";
import "./chunk-CXDABKIQ.js";
import "./chunk-QNDWDQ4R.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-LCJN5RNY.js";
import {
  KEY_RULES,
  manifestStatement,
  serializeBundle
} from "./chunk-CKGLA4UL.js";
import {
  keyHint,
  readPrivateKey
} from "./chunk-GGXI2ZAY.js";
import {
  createFinding,
  readInput
} from "./chunk-NBWFPI56.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-RG5UG3NJ.js";
import "./chunk-V4ML7QKM.js";

// src/commands/sign.ts
import { resolve } from "node:path";
import { createPublicKey } from "node:crypto";
async function signCommand(options) {
  const manifestPath = resolve(options.cwd, options.manifest);
  const bytes = readInput(manifestPath, `manifest ${options.manifest}`);
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
