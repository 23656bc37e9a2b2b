import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ruleMaker
} from "./chunk-BHXCY7IC.js";

// src/deps/rules.ts
var dependency = ruleMaker("deps", "dependency");
var DEPS_RULES = {
  integrityMismatch: dependency("integrity-mismatch", "critical", "The integrity a package was locked with is not the one the registry serves for that name and version."),
  resolvedMismatch: dependency("resolved-mismatch", "critical", "The resolved URL's path names another package or version than the lockfile entry (lockfile injection, dependency confusion)."),
  tarballMismatch: dependency("tarball-mismatch", "critical", "The tarball the registry serves does not have the locked integrity (or is missing): the registry serves another file than its metadata says."),
  versionMissing: dependency("version-missing", "high", "The registry has no such version of the package."),
  integrityMissing: dependency("integrity-missing", "high", "A registry package is locked without an integrity hash, so what is installed is not pinned."),
  insecureUrl: dependency("insecure-url", "high", "A package resolves over plain http (or another scheme than https) to a host other than this machine."),
  untrustedHost: dependency("untrusted-host", "high", "A package resolves to a host that is not a configured registry nor allowed by --allow-host."),
  signatureInvalid: dependency("signature-invalid", "critical", "The registry's signature does not verify over the name, version and locked integrity."),
  signatureMissing: dependency("signature-missing", "high", "The registry publishes signing keys but this version carries no signature by any of them."),
  weakIntegrity: dependency("weak-integrity", "medium", "A package is locked with a SHA-1 integrity only, which no longer resists collisions.")
};

export {
  DEPS_RULES
};
