import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  loadSignaturePolicy
} from "./chunk-IAM2C2TP.js";
import {
  chainsealVerifyCommand,
  cosignCommand
} from "./chunk-SWDNOZK6.js";
import {
  PREDICATE_TYPE,
  readBundle,
  verifyBundle
} from "./chunk-SRDUUYDB.js";
import "./chunk-RXMWIWJ7.js";
import "./chunk-RG5UG3NJ.js";
import "./chunk-RW2GBRT7.js";
import "./chunk-BHXCY7IC.js";
import "./chunk-KWYAT2C6.js";
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
