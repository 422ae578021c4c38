// Re-signs the bundled sample feed with the development key after it is edited.
import { readFileSync, writeFileSync } from "node:fs";
import { signFeedBytes } from "../utils/feed/sign";

const feedPath = "public/feeds/sample-feed.json";
const key = JSON.parse(readFileSync("dev-keys/soi-hang-dev-2026.private.jwk.json", "utf8"));
const signature = signFeedBytes(readFileSync(feedPath), key);
writeFileSync(`${feedPath}.sig`, `${JSON.stringify(signature, null, 2)}\n`);
console.log(`signed ${feedPath} with ${signature.keyId}`);
