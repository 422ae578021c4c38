import { browser } from "wxt/browser";
import * as z from "zod/mini";
import { allowRule, removeAllowRules } from "./site-rules";

/**
 * The warned sites a person chose to open anyway ("Tôi hiểu rủi ro, vẫn vào trang"), for this session only:
 * kept in session storage (gone when the browser closes), each with the session rule that lets it through.
 */
const KEY = "siteAllowances";
const MAX_ALLOWANCES = 500;

const AllowanceSchema = z.object({
  host: z.string().check(z.maxLength(253)),
  rule: z.int().check(z.positive()),
  at: z.number(),
});
export type Allowance = z.infer<typeof AllowanceSchema>;
const AllowancesSchema = z.array(AllowanceSchema);

async function read(): Promise<Allowance[]> {
  const parsed = AllowancesSchema.safeParse((await browser.storage.session.get(KEY))[KEY]);
  return parsed.success ? parsed.data : [];
}

let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(change: () => Promise<T>): Promise<T> {
  const run = queue.then(change);
  queue = run.catch(() => undefined);
  return run;
}

export const allowances = (): Promise<Allowance[]> => read();

/** Whether the person let `host` (as domainKey writes it) or a domain above it through in this session. */
export function isAllowed(host: string, list: readonly Allowance[]): boolean {
  return list.some((a) => host === a.host || host.endsWith(`.${a.host}`));
}

export function allowSite(host: string, now: number): Promise<void> {
  return serialised(async () => {
    const list = await read();
    if (list.some((a) => a.host === host)) return;
    const rule = Math.max(0, ...list.map((a) => a.rule)) + 1;
    await allowRule(host, rule);
    const kept = [...list, { host, rule, at: now }];
    const dropped = kept.splice(0, Math.max(0, kept.length - MAX_ALLOWANCES));
    if (dropped.length > 0) await removeAllowRules(dropped.map((a) => a.rule));
    await browser.storage.session.set({ [KEY]: kept });
  });
}

/** Forgets one site (or all): the warning page stands before it again. */
export function forgetSites(host?: string): Promise<number> {
  return serialised(async () => {
    const list = await read();
    const gone = host === undefined ? list : list.filter((a) => a.host === host);
    await removeAllowRules(gone.map((a) => a.rule));
    await browser.storage.session.set({ [KEY]: list.filter((a) => !gone.includes(a)) });
    return gone.length;
  });
}
