/** Where the bundled feed and its detached signature live inside the extension. */
export const BUNDLED_FEED_PATH = "/feeds/sample-feed.json";

/**
 * The key pinned for the bundled sample feed (Ed25519, raw 32 bytes, base64). It is a development key: its
 * private half is in `dev-keys/` on purpose, so contributors can re-sign the sample. A real publisher's private
 * key never enters a repository; subscribers pin its public half per subscription.
 */
export const SAMPLE_FEED_KEYS: readonly { id: string; publicKey: string }[] = [
  { id: "soi-hang-dev-2026", publicKey: "oW2A55/AwFQhBssMsr/4WaDTel1PSDkK3GxPVCu56SM=" },
];

/**
 * The market surveillance (Quản lý thị trường) national hotline, 24/7: offered when no province is chosen and
 * nowhere takes reports online. As reported by cand.com.vn (the project's sourced Vietnamese facts); a feed's contacts override it.
 */
export const NATIONAL_HOTLINE = "1900 888 655";
