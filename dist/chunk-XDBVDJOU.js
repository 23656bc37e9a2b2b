import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/deps/lockfile.ts
function kindOf(spec) {
  if (spec === void 0) return void 0;
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(spec) || /^[\w-]+\/[\w.-]+(#.*)?$/.test(spec)) return "git";
  if (spec.startsWith("file:")) return "file";
  if (spec.startsWith("link:")) return "link";
  return void 0;
}

export {
  kindOf
};
