import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  STAGING,
  signStatement
} from "./chunk-QFDF3OMN.js";
import "./chunk-LCJN5RNY.js";
import {
  chainsealVerifyCommand,
  cosignCommand
} from "./chunk-R6LTY75R.js";
import {
  certificateSigner,
  manifestStatement,
  serializeBundle
} from "./chunk-HFLBVACY.js";
import {
  keyHint,
  readPrivateKey
} from "./chunk-DEQPGB6I.js";
import "./chunk-RG5UG3NJ.js";
import {
  KEY_RULES
} from "./chunk-RW2GBRT7.js";
import {
  parseManifest
} from "./chunk-D3H2H3IY.js";
import "./chunk-BD2N7C2T.js";
import "./chunk-J7KOAFIR.js";
import {
  bundleBeside
} from "./chunk-IJEYIB5L.js";
import {
  standardStreamAt,
  writeFileAtomic
} from "./chunk-K3BPYAA3.js";
import {
  buildReport
} from "./chunk-XCZ3W7XS.js";
import "./chunk-6MDJQQ27.js";
import "./chunk-NTTU4NFM.js";
import "./chunk-OKLZT4PJ.js";
import {
  createFinding
} from "./chunk-BHXCY7IC.js";
import "./chunk-DUQ2JHVY.js";
import "./chunk-IWQF2CKZ.js";
import {
  readInput
} from "./chunk-S4FWCEOI.js";
import "./chunk-C7GXJFL7.js";
import "./chunk-V4ML7QKM.js";

// src/commands/sign.ts
import { resolve } from "node:path";
import { createPublicKey } from "node:crypto";
import { existsSync } from "node:fs";
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
  const output = options.output ?? bundleBeside(options.manifest);
  const bundlePath = resolve(options.cwd, output);
  const stream = standardStreamAt(bundlePath);
  const named = stream === void 0 ? output : "BUNDLE";
  writeFileAtomic(bundlePath, [serializeBundle(bundle)]);
  const verifier = verifierFlags(options, bundle);
  const report = buildReport("sign", findings, options.policy, {
    bundle: stream === void 0 ? output : stream === 1 ? "stdout" : "stderr",
    signer,
    subjects: statement.subject.length,
    treeDigest: manifest.treeDigest,
    verifyCommand: chainsealVerifyCommand(options.manifest, named, verifier),
    cosignCommand: cosignCommand(options.manifest, named, verifier, bundle.verificationMaterial.tlogEntries.length > 0)
  });
  return { report, bundlePath };
}
function verifierFlags(options, bundle) {
  if (options.key !== void 0) {
    const pub = options.key.replace(/(\.key|\.pem)?$/, ".pub");
    return { key: existsSync(resolve(options.cwd, pub)) ? pub : "PUBLIC_KEY.pem" };
  }
  const signer = certificateSigner(bundle);
  return {
    ...signer?.identity !== void 0 && { certificateIdentity: signer.identity },
    ...signer?.issuer !== void 0 && { certificateOidcIssuer: signer.issuer }
  };
}
export {
  signCommand
};
