import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { type Database, ROLES, type Role } from "../db/tables";
import { hashPassword, newPassword } from "./password";

export const UserInputSchema = z.object({
  officeId: z.string().check(z.minLength(1), z.maxLength(40)),
  username: z.string().check(z.trim(), z.toLowerCase(), z.regex(/^[a-z0-9][a-z0-9._-]{1,39}$/)),
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  role: z.enum(ROLES),
  /** Given, or made and returned once. */
  password: z.optional(z.string().check(z.minLength(12), z.maxLength(200))),
});
export type UserInput = z.input<typeof UserInputSchema>;

export interface StaffUser {
  id: string;
  officeId: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
}

const columns = ["id", "office_id", "username", "display_name", "role", "disabled"] as const;
const toUser = (r: {
  id: string;
  office_id: string;
  username: string;
  display_name: string;
  role: Role;
  disabled: boolean;
}): StaffUser => ({
  id: r.id,
  officeId: r.office_id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  disabled: r.disabled,
});

export class AccountError extends Error {}

/** A new account; its password (given or made here) is returned once and stored only as a scrypt hash. */
export async function addUser(
  db: Kysely<Database>,
  input: UserInput,
): Promise<{ user: StaffUser; password: string }> {
  const parsed = UserInputSchema.safeParse(input);
  if (!parsed.success)
    throw new AccountError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const office = await db
    .selectFrom("offices")
    .select("id")
    .where("id", "=", parsed.data.officeId)
    .executeTakeFirst();
  if (!office) throw new AccountError(`there is no office "${parsed.data.officeId}"`);
  const taken = await db
    .selectFrom("staff_users")
    .select("id")
    .where("username", "=", parsed.data.username)
    .executeTakeFirst();
  if (taken) throw new AccountError(`the account name "${parsed.data.username}" is taken`);
  const password = parsed.data.password ?? newPassword();
  const row = await db
    .insertInto("staff_users")
    .values({
      id: randomUUID(),
      office_id: parsed.data.officeId,
      username: parsed.data.username,
      display_name: parsed.data.displayName,
      role: parsed.data.role,
      password_hash: await hashPassword(password),
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return { user: toUser(row), password };
}

export async function listUsers(db: Kysely<Database>, officeId: string): Promise<StaffUser[]> {
  const rows = await db
    .selectFrom("staff_users")
    .select(columns)
    .where("office_id", "=", officeId)
    .orderBy("username")
    .execute();
  return rows.map(toUser);
}

export async function userById(db: Kysely<Database>, id: string): Promise<StaffUser | undefined> {
  const row = await db.selectFrom("staff_users").select(columns).where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

/** A new password for an account (returned once); its sessions end and its lock is lifted. */
export async function resetPassword(db: Kysely<Database>, id: string): Promise<string> {
  const password = newPassword();
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable("staff_users")
      .set({ password_hash: await hashPassword(password), failed_logins: 0, locked_until: null })
      .where("id", "=", id)
      .execute();
    await tx.deleteFrom("staff_sessions").where("user_id", "=", id).execute();
  });
  return password;
}

/** Turns an account off (its sessions end) or on again. */
export async function setDisabled(db: Kysely<Database>, id: string, disabled: boolean): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.updateTable("staff_users").set({ disabled }).where("id", "=", id).execute();
    if (disabled) await tx.deleteFrom("staff_sessions").where("user_id", "=", id).execute();
  });
}
