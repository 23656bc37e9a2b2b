import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'
import { ChainsealError } from '../errors.ts'
import { readInputText } from '../io/read-input.ts'

/**
 * How chainseal's schemas are compiled. strictRequired is off: a conditional `then: { required }`
 * names properties declared beside the `if`. At run time the schemas are not checked against
 * JSON Schema's meta-schema (compiling that took ~80 ms of every command that reads a manifest):
 * they are chainseal's own, fixed, and the tests check them with these options and it on.
 */
export const SCHEMA_OPTIONS = { strict: true, strictRequired: false, allowUnionTypes: true } as const

/** Built on first use: most runs validate nothing, and building one costs start-up time. */
const validators = {
  // Stops at the first error: the common case, valid input, as fast as it goes.
  fast: lazyAjv({ allErrors: false }),
  // Collects every error, with the data, to explain a failure well.
  thorough: lazyAjv({ allErrors: true, verbose: true }),
}

function lazyAjv(options: { allErrors: boolean; verbose?: boolean }) {
  let ajv: Ajv | undefined
  const compiled = new WeakMap<object, ValidateFunction>()
  // Not asked of ajv: its getSchema compiles a schema it was only given.
  const referenced = new WeakSet<object>()
  return (schema: object, references: readonly object[] = []): ValidateFunction => {
    if (!ajv) {
      ajv = new Ajv({ ...options, ...SCHEMA_OPTIONS, validateSchema: false })
      addFormats.default(ajv)
    }
    let validate = compiled.get(schema)
    if (!validate) {
      for (const reference of references) {
        if (referenced.has(reference)) continue
        ajv.addSchema(reference)
        referenced.add(reference)
      }
      compiled.set(schema, (validate = ajv.compile(schema)))
    }
    return validate
  }
}

/** Errors past this many add noise, not help: the first few show what is wrong. */
const MAX_ERRORS = 5

/**
 * Validates data against one of the schemas in schemas/ and returns it typed, or throws a
 * ChainsealError that says, in the user's words, which field of which input is wrong and what was
 * expected there.
 */
export function validateWithSchema<T>(
  schema: object,
  data: unknown,
  inputName: string,
  code: string,
  name: (field: string) => string = (field) => field,
  references: readonly object[] = [],
): T {
  if (validators.fast(schema, references)(data)) return data as T
  const thorough = validators.thorough(schema, references)
  thorough(data)
  const errors = relevantErrors(thorough.errors ?? [])
  const lines = errors.slice(0, MAX_ERRORS).map((error) => describe(error, name))
  if (errors.length > MAX_ERRORS) lines.push(`and ${errors.length - MAX_ERRORS} more`)
  throw new ChainsealError(code, `${inputName} is not valid: ${lines.join('; ')}`)
}

/** A JSON document of one of chainseal's own formats, as the user named it, and what to do when it is bad. */
export interface JsonDocument {
  /** How messages name it: "manifest m.json". */
  label: string
  schema: object
  /** Other schemas of chainseal's that `schema` refers to by $ref. */
  references?: readonly object[]
  /** The error code when it is not JSON or not valid. */
  code: string
  /** What to do when it cannot be read, and when it is not JSON; each may be empty. */
  fixUnreadable: string
  fixNotJson: string
}

/** Reads, parses and validates a document: each failure a ChainsealError naming it and the fix. */
export function readJsonDocument<T>(path: string, document: JsonDocument): T {
  return parseJsonDocument<T>(readInputText(path, document.label, document.fixUnreadable), document)
}

/** Parses and validates a document already read (so what is checked is exactly what was read). */
export function parseJsonDocument<T>(text: string, document: JsonDocument): T {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new ChainsealError(document.code, `${document.label} is not valid JSON (${(error as Error).message})${fix(document.fixNotJson)}`)
  }
  return validateWithSchema<T>(document.schema, data, document.label, document.code, undefined, document.references)
}

/** A fix, as a clause to append to a message, or nothing. */
function fix(text: string): string {
  return text ? `; ${text}` : ''
}

/** `if`/`then` and `$ref` wrappers repeat what the concrete error already says. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'if')
}

function describe(error: ErrorObject, name: (field: string) => string): string {
  const field = fieldName(error.instancePath)
  const where = field === 'the document' ? field : name(field)
  const expected = (error.parentSchema as { description?: string } | undefined)?.description
  const found = ` (found ${preview(error.data)})`
  switch (error.keyword) {
    case 'required':
      return `${where === 'the document' ? 'the top level' : where} is missing the field "${(error.params as { missingProperty: string }).missingProperty}"`
    case 'additionalProperties':
      return `${where} has an unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`
    case 'type': {
      // The document's own description is prose about the whole file, not what type it must be.
      const type = (error.params as { type: string }).type
      return `${where} must be ${field === 'the document' ? `a JSON ${type}` : (expected ?? `of type ${type}`)}${found}`
    }
    case 'enum':
    case 'const':
    case 'pattern':
    case 'format':
      return `${where} must be ${expected ?? error.message}${found}`
    default:
      return `${where} ${error.message}${expected ? ` (expected ${expected})` : ''}`
  }
}

/** `/entries/3/mode` → `entries[3].mode`, the way people name fields. */
function fieldName(pointer: string): string {
  if (pointer === '') return 'the document'
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), '')
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? text.slice(0, 57) + '...' : text
}
