import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import * as z from "zod/mini";
import { csvCell } from "../../utils/sweep/csv";
import { addUser, listUsers, resetPassword, setDisabled, userById } from "../accounts/users";
import { audit, auditLog } from "../audit/audit";
import { type Database, ROLES } from "../db/tables";
import { actorOf, HttpError, noStore, parsed, staffWith } from "./http";

/** An audit value as a CSV cell: JSON for what is not text, then the sweeps' own cell (quoted, formula-safe). */
const cell = (value: unknown) =>
  csvCell(
    value === null || value === undefined ? "" : typeof value === "string" ? value : JSON.stringify(value),
  );

/** The audit log (read and exported by admins) and the office's accounts (managed by admins). */
export async function adminRoutes(app: FastifyInstance, options: { db: Kysely<Database> }) {
  const { db } = options;

  app.get("/workspace/api/audit", async (request, reply) => {
    const user = staffWith(request, "readAudit");
    const { before } = parsed(
      z.object({ before: z.optional(z.string().check(z.regex(/^\d{1,18}$/))) }),
      request.query,
    );
    noStore(reply);
    return {
      entries: await auditLog(db, user.officeId, { limit: 100, ...(before ? { beforeId: before } : {}) }),
    };
  });

  app.get("/workspace/api/audit/export", async (request, reply) => {
    const user = staffWith(request, "readAudit");
    const { format } = parsed(
      z.object({ format: z._default(z.enum(["csv", "json"]), "csv") }),
      request.query,
    );
    const rows = await auditLog(db, user.officeId, { limit: 1_000_000 });
    const name = `nhat-ky-${user.officeId}-${new Date().toISOString().slice(0, 10)}.${format}`;
    reply.header("content-disposition", `attachment; filename="${name}"`);
    noStore(reply);
    if (format === "json")
      return reply.type("application/json; charset=utf-8").send(JSON.stringify(rows, null, 2));
    const header = ["id", "at", "actor", "action", "subject", "before", "after"];
    const lines = [
      header.map(cell).join(","),
      ...rows.map((r) => header.map((h) => cell(r[h as keyof typeof r])).join(",")),
    ];
    return reply.type("text/csv; charset=utf-8").send(`\uFEFF${lines.join("\r\n")}\r\n`);
  });

  app.get("/workspace/api/accounts", async (request, reply) => {
    const user = staffWith(request, "manageAccounts");
    noStore(reply);
    return { accounts: await listUsers(db, user.officeId) };
  });

  app.post("/workspace/api/accounts", async (request, reply) => {
    const user = staffWith(request, "manageAccounts");
    const body = parsed(
      z.object({
        username: z.string().check(z.maxLength(40)),
        displayName: z.string().check(z.maxLength(100)),
        role: z.enum(ROLES),
      }),
      request.body,
    );
    const { user: made, password } = await addUser(db, { ...body, officeId: user.officeId });
    await audit(db, actorOf(user), {
      action: "account.add",
      subject: `user:${made.username}`,
      after: { role: made.role },
    });
    noStore(reply);
    return { account: made, password };
  });

  const ownAccount = async (officeId: string, id: string) => {
    const account = await userById(db, parsed(z.uuid(), id));
    if (!account || account.officeId !== officeId) throw new HttpError(404, "no such account in this office");
    return account;
  };

  app.post<{ Params: { id: string } }>("/workspace/api/accounts/:id/disable", async (request) => {
    const user = staffWith(request, "manageAccounts");
    const account = await ownAccount(user.officeId, request.params.id);
    if (account.id === user.id) throw new HttpError(400, "you cannot disable your own account");
    await setDisabled(db, account.id, true);
    await audit(db, actorOf(user), { action: "account.disable", subject: `user:${account.username}` });
    return { disabled: true };
  });

  app.post<{ Params: { id: string } }>("/workspace/api/accounts/:id/enable", async (request) => {
    const user = staffWith(request, "manageAccounts");
    const account = await ownAccount(user.officeId, request.params.id);
    await setDisabled(db, account.id, false);
    await audit(db, actorOf(user), { action: "account.enable", subject: `user:${account.username}` });
    return { disabled: false };
  });

  app.post<{ Params: { id: string } }>(
    "/workspace/api/accounts/:id/reset-password",
    async (request, reply) => {
      const user = staffWith(request, "manageAccounts");
      const account = await ownAccount(user.officeId, request.params.id);
      const password = await resetPassword(db, account.id);
      await audit(db, actorOf(user), {
        action: "account.reset_password",
        subject: `user:${account.username}`,
      });
      noStore(reply);
      return { password };
    },
  );
}
