import type { Kysely } from "kysely";
import type { Database } from "../db/tables";
import { DECOY_HASH, verifyPassword } from "./password";
import { startSession } from "./sessions";

/** After this many failures in a row an account is locked for LOCK_MINUTES, whatever is typed. */
export const LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;

/** Each failure in a row makes the next answer slower: 0.25 s, 0.5 s, 1 s, 2 s, then 4 s each. */
export const failureDelayMs = (failures: number) => Math.min(250 * 2 ** Math.max(0, failures - 1), 4000);

/** Failures against names that are not accounts, so that they slow down the same way (bounded). */
const unknownFailures = new Map<string, number>();

export type LoginResult = { ok: true; token: string; userId: string } | { ok: false; delayMs: number };

/**
 * One login attempt. A wrong password, an unknown name, a disabled or a locked account all get the same
 * answer after the same work (a scrypt verification) and a delay that grows with the failures in a row.
 */
export async function login(
  db: Kysely<Database>,
  username: string,
  password: string,
  now = new Date(),
): Promise<LoginResult> {
  const name = username.trim().toLowerCase().slice(0, 40);
  const user = await db
    .selectFrom("staff_users")
    .select(["id", "password_hash", "failed_logins", "locked_until", "disabled"])
    .where("username", "=", name)
    .executeTakeFirst();
  const matches = await verifyPassword(password.slice(0, 200), user?.password_hash ?? (await DECOY_HASH));
  if (!user) {
    const failures = (unknownFailures.get(name) ?? 0) + 1;
    if (unknownFailures.size > 10_000) unknownFailures.clear();
    unknownFailures.set(name, failures);
    return { ok: false, delayMs: failureDelayMs(failures) };
  }
  const locked = user.locked_until !== null && new Date(user.locked_until) > now;
  if (matches && !locked && !user.disabled) {
    await db
      .updateTable("staff_users")
      .set({ failed_logins: 0, locked_until: null, last_login_at: now })
      .where("id", "=", user.id)
      .execute();
    return { ok: true, token: await startSession(db, user.id, now), userId: user.id };
  }
  const failures = user.failed_logins + 1;
  await db
    .updateTable("staff_users")
    .set({
      failed_logins: failures,
      ...(failures >= LOCK_AFTER && !locked
        ? { locked_until: new Date(now.getTime() + LOCK_MINUTES * 60_000) }
        : {}),
    })
    .where("id", "=", user.id)
    .execute();
  return { ok: false, delayMs: failureDelayMs(failures) };
}
