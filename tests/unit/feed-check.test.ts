import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkFeed } from "../../utils/feed/load";
import { signFeedBytes } from "../../utils/feed/sign";
import { fixtureText } from "./fixture-files";

function newKey(keyId: string) {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" }) as { kty: string; crv: string; d: string; x: string };
  return {
    privateJwk: { keyId, ...jwk },
    trusted: { id: keyId, publicKey: Buffer.from(jwk.x, "base64url").toString("base64") },
  };
}

const key = newKey("test-key");
const NOW = Date.parse("2026-11-25T00:00:00Z");
const baseFeed = {
  format: "soi-hang-feed",
  version: 1,
  publisher: { id: "test", name: { vi: "Thử nghiệm" } },
  serial: 5,
  issued: "2026-11-20T00:00:00+07:00",
  expires: "2027-11-20T00:00:00+07:00",
  warnings: [],
};

function signed(feed: unknown, signer = key) {
  const bytes = new Uint8Array(Buffer.from(typeof feed === "string" ? feed : JSON.stringify(feed)));
  return { bytes, sig: JSON.stringify(signFeedBytes(bytes, signer.privateJwk)) };
}

const check = (bytes: Uint8Array<ArrayBuffer>, sig: string | null, heldSerial?: number) =>
  checkFeed(bytes, sig, [key.trusted], { now: NOW, heldSerial });

describe("checkFeed", () => {
  it("accepts a well-formed feed signed by a trusted key, filling defaults", async () => {
    const { bytes, sig } = signed(baseFeed);
    const result = await check(bytes, sig);
    expect(result).toMatchObject({
      ok: true,
      keyId: "test-key",
      feed: { serial: 5, platforms: [], sample: false },
    });
  });

  it("accepts the bundled sample feed with the development key pinned in config", async () => {
    const { SAMPLE_FEED_KEYS } = await import("../../utils/config");
    const bytes = new Uint8Array(Buffer.from(fixtureText("../../public/feeds/sample-feed.json")));
    const sig = fixtureText("../../public/feeds/sample-feed.json.sig");
    const result = await checkFeed(bytes, sig, SAMPLE_FEED_KEYS, { now: NOW });
    expect(result.ok).toBe(true);
  });

  const refusals: [string, () => Promise<unknown>, string][] = [
    ["no signature file", async () => check(signed(baseFeed).bytes, null), "missing_signature"],
    [
      "a signature file that is not JSON",
      async () => check(signed(baseFeed).bytes, "nope"),
      "missing_signature",
    ],
    [
      "bytes changed after signing",
      async () => {
        const { bytes, sig } = signed(baseFeed);
        bytes[bytes.length - 2] = 0x20;
        return check(bytes, sig);
      },
      "bad_signature",
    ],
    [
      "a key that is not pinned",
      async () => {
        const { bytes, sig } = signed(baseFeed, newKey("stranger"));
        return check(bytes, sig);
      },
      "unknown_key",
    ],
    [
      "a pinned key id with another key's signature",
      async () => {
        const impostor = newKey("test-key");
        const { bytes, sig } = signed(baseFeed, impostor);
        return check(bytes, sig);
      },
      "bad_signature",
    ],
    [
      "signed bytes that are not JSON",
      async () => {
        const { bytes, sig } = signed("{not json");
        return check(bytes, sig);
      },
      "malformed_json",
    ],
    [
      "a schema violation",
      async () => {
        const { bytes, sig } = signed({ ...baseFeed, serial: -1 });
        return check(bytes, sig);
      },
      "schema",
    ],
    [
      "a warning with an unknown category",
      async () => {
        const feed = {
          ...baseFeed,
          warnings: [
            {
              id: "w",
              target: { kind: "seller", platform: "shopee", sellerId: "1" },
              severity: "high",
              category: "rumour",
              reason: { vi: "x" },
              source: { authority: { vi: "y" } },
            },
          ],
        };
        const { bytes, sig } = signed(feed);
        return check(bytes, sig);
      },
      "schema",
    ],
    [
      "an older serial than the one held",
      async () => {
        const { bytes, sig } = signed(baseFeed);
        return check(bytes, sig, 6);
      },
      "rollback",
    ],
    [
      "an expired feed",
      async () => {
        const { bytes, sig } = signed({ ...baseFeed, expires: "2026-01-01T00:00:00Z" });
        return check(bytes, sig);
      },
      "expired",
    ],
  ];
  for (const [name, run, error] of refusals) {
    it(`refuses ${name} as ${error}`, async () => {
      expect(await run()).toMatchObject({ ok: false, error });
    });
  }

  it("takes the same serial as no change rather than a rollback", async () => {
    const { bytes, sig } = signed(baseFeed);
    expect((await check(bytes, sig, 5)).ok).toBe(true);
  });
});
