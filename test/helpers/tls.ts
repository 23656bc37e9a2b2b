import 'reflect-metadata' // @peculiar/x509 needs it loaded first, as @sigstore/mock loads it
import * as x509 from '@peculiar/x509'
import { KeyObject, webcrypto } from 'node:crypto'

export interface TestCertificates {
  /** The certificate authority's certificate, PEM: what a client must trust. */
  ca: string
  /** The server's certificate (for 127.0.0.1, signed by the CA) and its private key, PEM. */
  cert: string
  key: string
}

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

/** A private certificate authority and a server certificate it issued for 127.0.0.1, made fresh. */
export async function makeCertificates(): Promise<TestCertificates> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0])
  const notBefore = new Date(Date.now() - 60_000)
  const notAfter = new Date(Date.now() + 3_600_000)
  const caKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=chainseal test CA',
    notBefore,
    notAfter,
    keys: caKeys,
    signingAlgorithm: ALGORITHM,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign, true)],
  })
  const serverKeys = await webcrypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: '02',
    subject: 'CN=127.0.0.1',
    issuer: ca.subject,
    notBefore,
    notAfter,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }])],
  })
  const key = KeyObject.from(serverKeys.privateKey).export({ format: 'pem', type: 'pkcs8' }) as string
  return { ca: ca.toString('pem'), cert: cert.toString('pem'), key }
}
