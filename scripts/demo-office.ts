// The demo's office (npm start): the intake's default office with a signing key, a first published feed, and a
// workspace account, all kept in demo-data/ between runs.
import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Kysely } from "kysely";
import { addUser } from "../server/accounts/users";
import type { Database } from "../server/db/tables";
import { saveOffice } from "../server/offices/offices";
import { feedPath, saveOfficeFeedSettings } from "../server/publishing/office-feed";
import { publishFeed } from "../server/publishing/publish";
import { publicKeyOf, readSigningKey } from "../server/publishing/signing-key";

export interface DemoOffice {
  feedUrl: string;
  key: { id: string; publicKey: string };
  username: string;
  password: string;
}

export async function setUpDemoOffice(
  db: Kysely<Database>,
  origin: string,
  dataDir: string,
): Promise<DemoOffice> {
  mkdirSync(dataDir, { recursive: true });
  const keyFile = join(dataDir, "qltt-demo.private.jwk.json");
  if (!existsSync(keyFile)) {
    const jwk = generateKeyPairSync("ed25519").privateKey.export({ format: "jwk" });
    writeFileSync(keyFile, JSON.stringify({ keyId: "qltt-demo", ...jwk }), { mode: 0o600 });
  }
  await saveOffice(db, { id: "default", name: "Chi cục QLTT (bản chạy thử)", province: "Hà Nội" });
  await saveOfficeFeedSettings(db, "default", { keyFile, publicUrl: origin });
  const published = await db
    .selectFrom("published_feeds")
    .select("serial")
    .where("office_id", "=", "default")
    .executeTakeFirst();
  if (!published) await publishFeed(db, { id: null, name: "npm start", officeId: "default" }, { origin });
  const passwordFile = join(dataDir, "workspace-password.txt");
  const username = "demo";
  if (!existsSync(passwordFile)) {
    const { password } = await addUser(db, {
      officeId: "default",
      username,
      displayName: "Cán bộ chạy thử",
      role: "admin",
    });
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  }
  return {
    feedUrl: `${origin}${feedPath("default")}`,
    key: publicKeyOf(readSigningKey(keyFile)),
    username,
    password: readFileSync(passwordFile, "utf8").trim(),
  };
}
