import * as z from "zod/mini";

/** The detached signature file served next to a feed (`<feed url>.sig`). */
export const SignatureFileSchema = z.object({
  alg: z.literal("Ed25519"),
  keyId: z.string().check(z.minLength(1), z.maxLength(100)),
  signature: z.base64(),
});
export type SignatureFile = z.infer<typeof SignatureFileSchema>;

export interface TrustedKey {
  id: string;
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
}

function fromBase64(value: string): Uint8Array<ArrayBuffer> {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type SignatureCheck =
  | { ok: true; keyId: string }
  | { ok: false; error: "bad_signature" | "unknown_key" };

/** Verifies the exact bytes before anything parses them. */
export async function verifyFeedSignature(
  bytes: Uint8Array<ArrayBuffer>,
  signatureFile: SignatureFile,
  trusted: readonly TrustedKey[],
): Promise<SignatureCheck> {
  const key = trusted.find((k) => k.id === signatureFile.keyId);
  if (!key) return { ok: false, error: "unknown_key" };
  const publicKey = await crypto.subtle.importKey(
    "raw",
    fromBase64(key.publicKey),
    { name: "Ed25519" },
    false,
    ["verify"],
  );
  const valid = await crypto.subtle.verify("Ed25519", publicKey, fromBase64(signatureFile.signature), bytes);
  return valid ? { ok: true, keyId: key.id } : { ok: false, error: "bad_signature" };
}
