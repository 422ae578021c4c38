import { createPrivateKey, sign } from "node:crypto";
import type { SignatureFile } from "./signature";

/** Node-only (publisher tools and tests): signs the exact bytes of a feed with an Ed25519 private JWK. */
export function signFeedBytes(
  bytes: Uint8Array,
  privateJwk: { keyId: string; kty: string; crv: string; d: string; x: string },
): SignatureFile {
  const { keyId, ...jwk } = privateJwk;
  const key = createPrivateKey({ key: jwk, format: "jwk" });
  return { alg: "Ed25519", keyId, signature: sign(null, bytes, key).toString("base64") };
}
