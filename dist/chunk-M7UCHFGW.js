import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  STAGING,
  signPayload
} from "./chunk-QFDF3OMN.js";
import "./chunk-LCJN5RNY.js";
import {
  loadSignaturePolicy
} from "./chunk-X5B6B2DZ.js";
import {
  readBundle,
  serializeBundle,
  sha256Hex,
  verifyBundle
} from "./chunk-HFLBVACY.js";
import "./chunk-DEQPGB6I.js";
import {
  require_dist
} from "./chunk-RG5UG3NJ.js";
import "./chunk-RW2GBRT7.js";
import {
  writeFileAtomic
} from "./chunk-K3BPYAA3.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import "./chunk-BHXCY7IC.js";
import {
  readInput,
  readInputText
} from "./chunk-S4FWCEOI.js";
import {
  ChainsealError
} from "./chunk-C7GXJFL7.js";
import {
  __toESM
} from "./chunk-V4ML7QKM.js";

// src/commands/sigstore.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
import { resolve } from "node:path";
async function signBundleCommand(o) {
  const data = readInput(resolve(o.cwd, o.file), `artifact ${o.file}`);
  const services = o.signingConfig !== void 0 ? readSigningConfig(o.cwd, o.signingConfig) : o.staging ? STAGING : PUBLIC_GOOD;
  const bundle = await signPayload(data, o.inToto ? "dsseEnvelope" : "messageSignature", {
    kind: "keyless",
    env: o.env,
    identityToken: o.identityToken,
    fulcioURL: services.fulcio,
    rekorURL: services.rekor,
    ...services.tsa !== void 0 && { tsaURL: services.tsa }
  });
  writeFileAtomic(resolve(o.cwd, o.bundle), [serializeBundle(bundle)]);
  return buildReport("sigstore sign-bundle", [], o.policy, { bundle: o.bundle });
}
async function verifyBundleCommand(o) {
  if (o.staging && o.flags.trustedRoot === void 0)
    throw new ChainsealError("usage", "--staging needs --trusted-root: chainseal ships the public-good trust root only");
  const policy = await loadSignaturePolicy(o.cwd, o.env, o.flags);
  const bundle = readBundle(resolve(o.cwd, o.bundle), o.bundle);
  const digest = /^sha256:([0-9a-f]{64})$/i.exec(o.artifact);
  const bytes = digest ? void 0 : readInput(resolve(o.cwd, o.artifact), `artifact ${o.artifact}`, "give the artifact file, or its digest as sha256: and 64 hex digits");
  const verdict = await verifyBundle({
    bundle,
    bundleName: o.bundle,
    artifact: { name: o.artifact, sha256: digest ? digest[1].toLowerCase() : sha256Hex(bytes), ...bytes && { bytes } },
    signer: policy.signer,
    trustRoot: policy.trustRoot
  });
  return buildReport("sigstore verify-bundle", verdict.failure ? [verdict.failure] : [], o.policy, {
    ...verdict.signer?.identity !== void 0 && { signer: verdict.signer.identity }
  });
}
function readSigningConfig(cwd, name) {
  let config;
  try {
    config = import_protobuf_specs.SigningConfig.fromJSON(JSON.parse(readInputText(resolve(cwd, name), `signing config ${name}`)));
  } catch (error) {
    if (error instanceof ChainsealError) throw error;
    throw new ChainsealError("input", `signing config ${name} is not a Sigstore SigningConfig: ${error.message}`);
  }
  const fulcio = config.caUrls[0]?.url;
  const rekor = config.rekorTlogUrls.find((s) => s.majorApiVersion === 1)?.url;
  if (!fulcio || !rekor) throw new ChainsealError("input", `signing config ${name} names no ${fulcio ? "Rekor v1 log" : "certificate authority"}; chainseal signs with Fulcio and a Rekor v1 log`);
  const tsa = config.tsaUrls[0]?.url;
  return { fulcio, rekor, ...tsa !== void 0 && { tsa } };
}
export {
  signBundleCommand,
  verifyBundleCommand
};
