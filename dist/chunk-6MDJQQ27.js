import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// src/integrity/hash-protocol.ts
var HEX_LENGTH = { sha256: 64, sha512: 128 };
function packResults(id, results, algorithm) {
  const sizes = new Float64Array(results.length);
  const modes = new Uint16Array(results.length);
  const exceptions = {};
  let digests = "";
  results.forEach((result, i) => {
    if (result.ok && !result.changed) {
      digests += result.digest;
      sizes[i] = result.size;
      modes[i] = result.mode;
    } else {
      digests += " ".repeat(HEX_LENGTH[algorithm]);
      exceptions[i] = result;
    }
  });
  return { id, digests, sizes, modes, exceptions };
}
function unpackResults({ digests, sizes, modes, exceptions }) {
  const hexLength = sizes.length ? digests.length / sizes.length : 0;
  return Array.from(
    sizes,
    (size, i) => exceptions[i] ?? { ok: true, digest: digests.slice(i * hexLength, (i + 1) * hexLength), size, mode: modes[i] }
  );
}
var MEMBER_END = -1;

export {
  packResults,
  unpackResults,
  MEMBER_END
};
