import { generateKeyPairSync } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** A key file as `npm run feed -- keygen` writes it, and what subscribers pin. */
export function makeKeyFile(
  dir: string,
  keyId: string,
): { file: string; trusted: { id: string; publicKey: string } } {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" }) as { x: string };
  const file = join(dir, `${keyId}.private.jwk.json`);
  writeFileSync(file, JSON.stringify({ keyId, ...jwk }), { mode: 0o600 });
  return { file, trusted: { id: keyId, publicKey: Buffer.from(jwk.x, "base64url").toString("base64") } };
}
