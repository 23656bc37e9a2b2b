import type { Signature, Signer } from '@sigstore/sign';
import { type KeyObject } from 'node:crypto';
export interface KeyPairPem {
    privateKey: string;
    publicKey: string;
}
/** A new ECDSA P-256 key pair, the type cosign generates, as unencrypted PKCS#8 and SPKI PEM. */
export declare function generateSigningKeyPair(): KeyPairPem;
export interface PrivateKeyFile {
    key: KeyObject;
    /** Set when the file can be read by others: the caller reports it. */
    readableByOthers: boolean;
}
/** Reads a PEM private key, refusing what cannot sign a bundle verifiers accept. `name` is as the user gave it. */
export declare function readPrivateKey(path: string, name: string): PrivateKeyFile;
/** Reads a PEM public key (SPKI), as `chainseal keygen` and `cosign generate-key-pair` write them. */
export declare function readPublicKey(path: string, name: string): KeyObject;
/** The key's id as bundles carry it: sha256 of its DER SubjectPublicKeyInfo, hex. */
export declare function keyHint(publicKey: KeyObject): string;
/** Signs with a local key; the bundle carries the key's hint, never the key. */
export declare class KeySigner implements Signer {
    #private;
    constructor(key: KeyObject);
    sign(data: Buffer): Promise<Signature>;
}
