import { createPrivateKey, createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
import * as z from "zod/mini";

/** The private key file `npm run feed -- keygen` writes: an Ed25519 JWK with the key id beside it. */
const KeyFileSchema = z.object({
  keyId: z.string().check(z.minLength(1), z.maxLength(100)),
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  d: z.string().check(z.minLength(40)),
  x: z.string().check(z.minLength(40)),
});
export type SigningKey = z.infer<typeof KeyFileSchema>;

export class SigningKeyError extends Error {}

/** Reads the office's signing key from its file, checking it is a usable Ed25519 private key. */
export function readSigningKey(path: string | null | undefined): SigningKey {
  if (!path)
    throw new SigningKeyError(
      "this office has no signing key file set (npm run intake -- office add … --feed-key <file>)",
    );
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new SigningKeyError(
      `the signing key file ${path} cannot be read: ${(e as NodeJS.ErrnoException).code ?? e}`,
    );
  }
  let parsed: ReturnType<typeof KeyFileSchema.safeParse>;
  try {
    parsed = KeyFileSchema.safeParse(JSON.parse(text));
  } catch {
    throw new SigningKeyError(`the signing key file ${path} is not JSON`);
  }
  if (!parsed.success)
    throw new SigningKeyError(`the signing key file ${path} is not an Ed25519 private key (JWK)`);
  try {
    const { keyId: _keyId, ...jwk } = parsed.data;
    createPrivateKey({ key: jwk, format: "jwk" });
  } catch {
    throw new SigningKeyError(`the signing key file ${path} does not hold a valid Ed25519 key`);
  }
  return parsed.data;
}

/** What subscribers pin: the key id and the raw public key in base64. */
export function publicKeyOf(key: SigningKey): { id: string; publicKey: string } {
  const { keyId: _keyId, d: _d, ...pub } = key;
  const raw = createPublicKey({ key: pub, format: "jwk" }).export({ format: "jwk" }) as { x: string };
  return { id: key.keyId, publicKey: Buffer.from(raw.x, "base64url").toString("base64") };
}
