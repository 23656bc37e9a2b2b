import { writeFileSync } from 'node:fs'
import { readJson } from './tree.ts'

/** A base64 value with one bit of its decoded bytes flipped. */
export function flipBase64(value: string): string {
  const bytes = Buffer.from(value, 'base64')
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01
  return bytes.toString('base64')
}

/** Rewrites a base64 field of a bundle file with one bit of its decoded bytes flipped. */
export function flipInBase64(path: string, pick: (bundle: any) => [object, string]) {
  const bundle = readJson(path)
  const [holder, key] = pick(bundle)
  ;(holder as any)[key] = flipBase64((holder as any)[key])
  writeFileSync(path, JSON.stringify(bundle))
}
