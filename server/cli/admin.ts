import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SubmissionStateSchema } from "../../utils/delivery/intake-protocol";
import { SafeAddressSchema } from "../../utils/web-address";
import { addUser } from "../accounts/users";
import { audit } from "../audit/audit";
import type { DatabaseLocation } from "../db/open";
import { openDatabase } from "../db/open";
import type { Role } from "../db/tables";
import { listOffices, officePaths, saveOffice } from "../offices/offices";
import { feedPath, saveOfficeFeedSettings } from "../publishing/office-feed";
import { readSigningKey } from "../publishing/signing-key";
import { setSubmissionState } from "../submissions/state";

export class UsageError extends Error {}

async function withDatabase<T>(
  location: DatabaseLocation,
  run: (db: Awaited<ReturnType<typeof openDatabase>>["db"]) => Promise<T>,
) {
  const database = await openDatabase(location);
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

export async function officeCommand(
  location: DatabaseLocation,
  action: string | undefined,
  values: {
    id?: string;
    name?: string;
    province?: string;
    "daily-cap"?: string;
    "feed-key"?: string;
    "public-url"?: string;
    "feed-extras"?: string;
    "auto-publish"?: string;
  },
): Promise<void> {
  if (action === "list") {
    await withDatabase(location, async (db) => {
      for (const o of await listOffices(db)) {
        const paths = officePaths(o.id);
        console.log(
          `${o.id}\t${o.name}\t${o.province ?? "-"}\tcap ${o.dailyCap}/day\t${paths.reports}\t${paths.cases}`,
        );
      }
    });
    return;
  }
  if (action !== "add") throw new UsageError(`unknown office command "${action ?? ""}"`);
  if (!values.id || !values.name) throw new UsageError("office add needs --id and --name");
  const cap = values["daily-cap"] === undefined ? undefined : Number(values["daily-cap"]);
  await withDatabase(location, async (db) => {
    const office = await saveOffice(db, {
      id: values.id ?? "",
      name: values.name ?? "",
      ...(values.province ? { province: values.province } : {}),
      ...(cap === undefined ? {} : { dailyCap: cap }),
    });
    const publicUrl = values["public-url"]?.replace(/\/+$/, "");
    if (publicUrl && !SafeAddressSchema.safeParse(publicUrl).success)
      throw new UsageError(
        "--public-url must be the https:// address browsers reach the intake at (the extension sends reports over https only)",
      );
    const feed = {
      ...(values["feed-key"] ? { keyFile: resolve(values["feed-key"]) } : {}),
      ...(publicUrl ? { publicUrl } : {}),
      ...(values["feed-extras"] ? { extras: JSON.parse(readFileSync(values["feed-extras"], "utf8")) } : {}),
      ...(values["auto-publish"] ? { autoPublishMinutes: Number(values["auto-publish"]) } : {}),
    };
    if (Object.keys(feed).length > 0) {
      if (feed.keyFile) readSigningKey(feed.keyFile);
      await saveOfficeFeedSettings(db, office.id, feed);
    }
    const paths = officePaths(office.id);
    console.log(
      `office ${office.id} (${office.name}) takes reports at ${paths.reports} and cases at ${paths.cases}`,
    );
    if (feed.keyFile)
      console.log(`  its feed, signed with ${feed.keyFile}, is served at ${feedPath(office.id)}`);
  });
}

async function readPasswordLine(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

export async function userCommand(
  location: DatabaseLocation,
  action: string | undefined,
  values: { office?: string; username?: string; name?: string; role?: string; "password-stdin"?: boolean },
): Promise<void> {
  if (action !== "add") throw new UsageError(`unknown user command "${action ?? ""}"`);
  if (!values.office || !values.username || !values.name || !values.role)
    throw new UsageError("user add needs --office, --username, --name and --role");
  const given = values["password-stdin"] ? await readPasswordLine() : undefined;
  const input = {
    officeId: values.office,
    username: values.username,
    displayName: values.name,
    role: values.role as Role,
    ...(given ? { password: given } : {}),
  };
  await withDatabase(location, async (db) => {
    const { user, password } = await addUser(db, input);
    await audit(
      db,
      { id: null, name: "cli", officeId: user.officeId },
      {
        action: "account.add",
        subject: `user:${user.username}`,
        after: { role: user.role },
      },
    );
    console.log(`account ${user.username} (${user.displayName}), ${user.role} of office ${user.officeId}`);
    if (!given) console.log(`password (shown once): ${password}`);
  });
}

export async function stateCommand(
  location: DatabaseLocation,
  receipt: string | undefined,
  state: string | undefined,
  values: { note?: string; "note-en"?: string },
): Promise<void> {
  const parsed = SubmissionStateSchema.safeParse(state);
  if (!receipt || !parsed.success)
    throw new UsageError("state needs a receipt and one of received, in_review, action_taken, declined");
  const note = values.note
    ? { vi: values.note, ...(values["note-en"] ? { en: values["note-en"] } : {}) }
    : undefined;
  const changed = await withDatabase(location, (db) =>
    setSubmissionState(db, { receipt }, { state: parsed.data, ...(note ? { note } : {}) }),
  );
  if (!changed) throw new Error(`no report or case with receipt ${receipt}`);
  console.log(`${receipt}: ${parsed.data}`);
}
