import { createHash, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import type { StaffUser } from "./users";

/** A working day and then some; a new login after that. */
export const SESSION_HOURS = 12;
export const SESSION_COOKIE = "sh_ws";

const hash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A new session: the cookie's secret is returned, its hash stored. */
export async function startSession(db: Kysely<Database>, userId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("staff_sessions")
    .values({
      token_sha256: hash(token),
      user_id: userId,
      expires_at: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    })
    .execute();
  return token;
}

/** The account behind a session cookie, if the session is live and the account is not disabled. */
export async function sessionUser(
  db: Kysely<Database>,
  token: string | undefined,
  now = new Date(),
): Promise<StaffUser | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await db
    .selectFrom("staff_sessions as s")
    .innerJoin("staff_users as u", "u.id", "s.user_id")
    .select(["u.id", "u.office_id", "u.username", "u.display_name", "u.role", "u.disabled", "s.expires_at"])
    .where("s.token_sha256", "=", hash(token))
    .executeTakeFirst();
  if (!row || row.disabled || new Date(row.expires_at) <= now) return undefined;
  return {
    id: row.id,
    officeId: row.office_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    disabled: row.disabled,
  };
}

export async function endSession(db: Kysely<Database>, token: string | undefined): Promise<void> {
  if (token) await db.deleteFrom("staff_sessions").where("token_sha256", "=", hash(token)).execute();
}
