import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);
import {
  ruleMaker
} from "./chunk-BHXCY7IC.js";

// src/integrity/rules.ts
var integrity = ruleMaker("integrity", "integrity");
var INTEGRITY_RULES = {
  modified: integrity("modified", "critical", "A file or archive member has content other than the manifest records."),
  added: integrity("added", "high", "A file exists that the manifest does not list."),
  deleted: integrity("deleted", "high", "A file the manifest lists is missing."),
  modeChanged: integrity("mode-changed", "high", "Permission bits differ from the manifest."),
  typeChanged: integrity("type-changed", "critical", "An entry changed type (file, symlink, special file)."),
  symlinkRetargeted: integrity("symlink-retargeted", "critical", "A symlink points somewhere other than the manifest records."),
  unknownArtifact: integrity("unknown-artifact", "high", "An artifact given to verify has no entry of that name in the manifest."),
  unreadable: integrity("unreadable", "high", "A file or directory could not be read, so it could not be checked."),
  changedWhileHashing: integrity("changed-while-hashing", "high", "A file changed while it was being hashed; its digest describes no real state."),
  symlinkEscape: integrity("symlink-escape", "medium", 'A symlink points outside the root (absolute or through "..").'),
  nameCollision: integrity("name-collision", "medium", "Two names differ only by case or Unicode normalisation and collide on macOS and Windows."),
  archivePathTraversal: integrity("archive-path-traversal", "critical", 'An archive member has an absolute path or a ".." segment and would be written outside its directory.'),
  manifestInconsistent: integrity("manifest-inconsistent", "critical", "The manifest's treeDigest is not the digest of its own entries: it was edited or damaged after it was written."),
  archiveUnreadable: integrity("archive-unreadable", "high", "An archive could not be parsed, so its members could not be hashed.")
};

export {
  INTEGRITY_RULES
};
