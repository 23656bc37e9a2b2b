import { createRequire as __chainsealRequire } from 'node:module'; const require = __chainsealRequire(import.meta.url);

// schemas/rules.schema.json
var rules_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/chainseal/chainseal/schemas/rules.schema.json",
  title: "chainseal scan rules",
  description: "Adds, disables or overrides chainseal scan rules, and lists what the scan accepts. User patterns use RE2 syntax and run on a linear-time engine.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    rules: {
      type: "array",
      description: "rules to add; a rule with the id of a built-in rule replaces it",
      items: { $ref: "#/definitions/rule" }
    },
    disable: {
      type: "array",
      description: "ids of rules to turn off, such as secret/jwt; secret/* turns off a whole namespace",
      items: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*/([a-z0-9][a-z0-9._-]*|\\*)$" }
    },
    override: {
      type: "object",
      description: "per rule id, what to change about a rule",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        minProperties: 1,
        properties: { severity: { $ref: "#/definitions/severity" } }
      }
    },
    allowlist: { $ref: "#/definitions/allowlist" }
  },
  definitions: {
    severity: { enum: ["critical", "high", "medium", "low", "info"] },
    rule: {
      type: "object",
      required: ["id", "description"],
      additionalProperties: false,
      anyOf: [{ required: ["regex"] }, { required: ["paths"] }],
      properties: {
        id: { type: "string", pattern: "^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)?$", description: "lower case; without a namespace it becomes custom/<id>" },
        description: { type: "string", minLength: 1, description: "one line: what the rule finds" },
        severity: { $ref: "#/definitions/severity", description: "default high" },
        category: { enum: ["secret", "injection"], description: "default secret: matched values are redacted and filtered as secrets" },
        regex: { type: "string", minLength: 1, description: "RE2 syntax (as Go and gitleaks use)" },
        secretGroup: { type: "integer", minimum: 0, description: "the capture group that is the secret; default 1 when the regex has groups, else 0" },
        entropy: { type: "number", minimum: 0, maximum: 8, description: "minimum Shannon entropy of the secret, bits per character" },
        keywords: { type: "array", items: { type: "string", minLength: 1, pattern: "^[\\x20-\\x7e]+$" }, description: "the regex runs only on files containing one of these (any case); strongly recommended for speed" },
        paths: { type: "array", items: { type: "string", minLength: 1 }, description: "globs: the rule reads only these files; with no regex, a matching file is itself the finding" },
        allowlist: { $ref: "#/definitions/allowlist" }
      }
    },
    allowlist: {
      type: "object",
      additionalProperties: false,
      properties: {
        paths: { type: "array", items: { type: "string", minLength: 1 }, description: "globs of root-relative paths not scanned" },
        values: { type: "array", items: { type: "string", minLength: 1 }, description: "RE2 patterns; a secret matching one is not a finding" },
        target: { enum: ["secret", "match", "line"], description: "what values are tested against; default secret" },
        stopwords: { type: "array", items: { type: "string", minLength: 1 }, description: "a secret containing one of these words is not a finding" }
      }
    }
  }
};

export {
  rules_schema_default
};
