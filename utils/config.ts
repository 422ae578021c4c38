/** Where the bundled feed and its detached signature live inside the extension. */
export const BUNDLED_FEED_PATH = "/feeds/sample-feed.json";

/**
 * Publisher keys the extension trusts (Ed25519, raw 32 bytes, base64). Only the development key exists so far:
 * it signs the bundled sample feed. Its private half is in `dev-keys/` on purpose, so contributors can re-sign
 * the sample; a real publisher's private key never enters the repository.
 */
export const TRUSTED_FEED_KEYS: readonly { id: string; publicKey: string }[] = [
  { id: "soi-hang-dev-2026", publicKey: "oW2A55/AwFQhBssMsr/4WaDTel1PSDkK3GxPVCu56SM=" },
];
