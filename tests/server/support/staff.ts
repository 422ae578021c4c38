import { addUser } from "../../../server/accounts/users";
import type { Role } from "../../../server/db/tables";
import { readJson, type TestService } from "./service";

export interface StaffClient {
  username: string;
  cookie: string;
  get(path: string): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>;
  send(
    path: string,
    body: unknown,
    options?: { method?: string; origin?: string | null },
  ): Promise<{ status: number; body: Record<string, unknown> }>;
}

/** A staff account made in the service's database, signed in over HTTP as a browser would. */
export async function signedIn(
  intake: TestService,
  officeId: string,
  username: string,
  role: Role,
): Promise<StaffClient> {
  const password = "mật-khẩu-đủ-dài-123";
  await addUser(intake.service.database.db, {
    officeId,
    username,
    displayName: `Cán bộ ${username}`,
    role,
    password,
  });
  const origin = intake.service.origin;
  const res = await fetch(`${origin}/workspace/api/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return {
    username,
    cookie,
    async get(path) {
      const r = await fetch(`${origin}${path}`, { headers: { cookie } });
      return { status: r.status, body: await readJson(r), headers: r.headers };
    },
    async send(path, body, options = {}) {
      const r = await fetch(`${origin}${path}`, {
        method: options.method ?? "POST",
        headers: {
          "content-type": "application/json",
          cookie,
          ...(options.origin === null ? {} : { origin: options.origin ?? origin }),
        },
        body: JSON.stringify(body),
      });
      return { status: r.status, body: await readJson(r) };
    },
  };
}
