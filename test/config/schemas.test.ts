import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { SCHEMA_OPTIONS } from '../../src/config/validate.ts'

// chainseal compiles its schemas without checking them against the meta-schema (a start-up cost):
// this is where a schema that is not valid JSON Schema, or that strict mode rejects, fails.
const dir = join(import.meta.dirname, '../../schemas')

describe('the shipped JSON Schemas', () => {
  // Together, as one schema may $ref another (the config's scan allowlist is the rules file's).
  const schemas = readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8'))] as const)

  it.each(schemas)('%s is valid JSON Schema and compiles in strict mode', (_, schema) => {
    const ajv = new Ajv({ ...SCHEMA_OPTIONS, validateSchema: true })
    addFormats.default(ajv)
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true)
    for (const [, other] of schemas) if (other !== schema) ajv.addSchema(other)
    expect(() => ajv.compile(schema)).not.toThrow()
  })

  it('a schema that breaks the meta-schema is caught here', () => {
    const ajv = new Ajv({ ...SCHEMA_OPTIONS, validateSchema: true })
    expect(ajv.validateSchema({ type: 'object', properties: { a: { type: 'strin' } } })).toBe(false)
  })
})
