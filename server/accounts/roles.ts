import type { Role } from "../db/tables";

/** What each role may do, in one place. An admin may do everything; a publisher all but accounts and the log. */
export const CAPABILITIES = {
  /** See and decide the office's reports and cases, and write its warnings. */
  review: ["reviewer", "publisher", "admin"],
  /** Read a reporter's name, phone and e-mail. */
  seeContact: ["publisher", "admin"],
  /** Publish the office's feed, and set when it publishes by itself. */
  publish: ["publisher", "admin"],
  /** Make, disable and reset accounts of the office. */
  manageAccounts: ["admin"],
  /** Read and export the audit log. */
  readAudit: ["admin"],
} as const satisfies Record<string, readonly Role[]>;
export type Capability = keyof typeof CAPABILITIES;

export const can = (role: Role, capability: Capability) =>
  (CAPABILITIES[capability] as readonly Role[]).includes(role);

export const capabilitiesOf = (role: Role) =>
  Object.fromEntries(Object.keys(CAPABILITIES).map((c) => [c, can(role, c as Capability)])) as Record<
    Capability,
    boolean
  >;
