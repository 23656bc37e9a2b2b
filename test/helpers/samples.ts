import { createHash } from 'node:crypto'

/**
 * Test secrets are written as shapes, never as values: `ghp_{an:36}` is "ghp_" and 36 random
 * alphanumerics. Expanded here, deterministically, so the repository holds no string that looks
 * like a live token (which its own scan, and any push protection, would rightly flag).
 */
const CLASSES: Record<string, string> = {
  an: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  al: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lo: 'abcdefghijklmnopqrstuvwxyz0123456789',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  lb32: 'abcdefghijklmnopqrstuvwxyz234567',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-',
  d: '0123456789',
  bech: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
  x: 'x',
}

/** Replaces every {class:length} in `shape`; the same shape and seed always give the same text. */
export function expandSample(shape: string, seed = ''): string {
  let counter = 0
  let pool: Buffer = Buffer.alloc(0)
  let at = 0
  const nextByte = () => {
    if (at >= pool.length) {
      pool = createHash('sha256').update(`${seed}\0${shape}\0${counter++}`).digest()
      at = 0
    }
    return pool[at++]!
  }
  return shape.replace(/\{(\w+):(\d+)\}/g, (whole, name: string, length: string) => {
    const alphabet = CLASSES[name]
    if (!alphabet) return whole
    let out = ''
    for (let i = 0; i < Number(length); i++) out += alphabet[nextByte() % alphabet.length]
    return out
  })
}
