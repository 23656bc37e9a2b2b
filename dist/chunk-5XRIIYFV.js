import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  loadSignaturePolicy
} from "./chunk-X5B6B2DZ.js";
import {
  chainsealVerifyCommand,
  cosignCommand
} from "./chunk-R6LTY75R.js";
import {
  PREDICATE_TYPE,
  readBundle,
  verifyBundle
} from "./chunk-HFLBVACY.js";
import "./chunk-DEQPGB6I.js";
import "./chunk-RG5UG3NJ.js";
import "./chunk-RW2GBRT7.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/commands/verify-signature.ts
import { resolve } from "node:path";
async function verifySignature(options, signature, sha256) {
  const policy = await loadSignaturePolicy(options.cwd, options.env ?? {}, signature.flags);
  const bundle = readBundle(resolve(options.cwd, signature.bundle), signature.bundle);
  const verdict = await verifyBundle({
    bundle,
    bundleName: signature.bundle,
    artifact: { name: `manifest ${options.manifest}`, sha256: await sha256 },
    signer: policy.signer,
    trustRoot: policy.trustRoot,
    predicateType: PREDICATE_TYPE
  });
  if (verdict.failure) return { failure: verdict.failure };
  const signer = policy.signer.kind === "key" ? `key ${policy.signer.name}` : `${verdict.signer?.identity} (${verdict.signer?.issuer})`;
  const hasTlog = bundle.verificationMaterial.tlogEntries.length > 0;
  return {
    stats: {
      signature: "verified",
      signer,
      verifyCommand: chainsealVerifyCommand(options.manifest, signature.bundle, signature.flags),
      cosignCommand: cosignCommand(options.manifest, signature.bundle, signature.flags, hasTlog)
    }
  };
}
export {
  verifySignature
};
