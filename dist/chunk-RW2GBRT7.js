import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ruleMaker
} from "./chunk-BHXCY7IC.js";

// src/attest/rules.ts
var signature = ruleMaker("signature", "signature");
var SIGNATURE_RULES = {
  invalid: signature("invalid", "critical", "The DSSE signature does not verify with the signing key or certificate."),
  wrongKey: signature("wrong-key", "critical", "The bundle is signed with other key material than verification expects (a certificate where a key was given, or the reverse)."),
  untrustedCertificate: signature("untrusted-certificate", "critical", "The signing certificate does not chain to a certificate authority in the trust root, or has no valid SCT."),
  expiredCertificate: signature("expired-certificate", "critical", "The signing certificate was not valid at the time the signature was timestamped."),
  identityMismatch: signature("identity-mismatch", "critical", "The signing certificate's identity (subject alternative name) is not the one expected."),
  issuerMismatch: signature("issuer-mismatch", "critical", "The signing certificate's OIDC issuer is not the one expected."),
  transparencyLog: signature("transparency-log", "critical", "The transparency-log evidence is missing, does not verify against the trust root, or does not match the signature."),
  timestamp: signature("timestamp", "critical", "The timestamp evidence is missing or does not verify against the trust root."),
  statementInvalid: signature("statement-invalid", "critical", "The signed payload is not an in-toto Statement v1."),
  subjectMismatch: signature("subject-mismatch", "critical", "No subject of the signed statement has the digest of the manifest's exact bytes."),
  predicateType: signature("predicate-type", "critical", "The signed statement's predicateType is not chainseal's manifest type.")
};
var KEY_RULES = {
  privateKeyReadable: ruleMaker("posture", "posture")("private-key-readable", "medium", "A private signing key file can be read by users other than its owner.")
};

export {
  SIGNATURE_RULES,
  KEY_RULES
};
