import { type Browser, browser } from "wxt/browser";
import { activeIndex } from "../feed-store/active-feed";
import { blockedDomains } from "../matching/site-check";

/**
 * The browser's own blocking rules (declarativeNetRequest) for the warned sites: a top-level request to a
 * high-severity warned domain or a subdomain of it never leaves, whether or not this worker is awake to see the
 * navigation; the navigation check then shows the warning page in its place. The browser matches the rules
 * itself: no address reaches the extension for them.
 */

/** Domains per rule: a rule takes a list; a few large rules stay well inside the browser's limits. */
const DOMAINS_PER_RULE = 5000;
/** At most this many domains are blocked (the rest are still caught by the navigation check). */
const MAX_BLOCKED = 200_000;
/** The session rules that let a site through sit above the block rules (priority 1). */
const ALLOW_PRIORITY = 2;

/** A domain in the form the browser's rules take: lower-case ASCII letters, digits, hyphens and dots. */
const ruleDomain = /^(?=.{3,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

type Rule = Browser.declarativeNetRequest.Rule;

/** The dynamic rules that block top-level requests to `domains` (and their subdomains), numbered from 1. */
export function blockRules(domains: readonly string[]): Rule[] {
  const kept = domains.filter((d) => ruleDomain.test(d)).slice(0, MAX_BLOCKED);
  const rules: Rule[] = [];
  for (let at = 0; at < kept.length; at += DOMAINS_PER_RULE)
    rules.push({
      id: rules.length + 1,
      priority: 1,
      action: { type: "block" },
      condition: { requestDomains: kept.slice(at, at + DOMAINS_PER_RULE), resourceTypes: ["main_frame"] },
    });
  return rules;
}

let running: Promise<void> = Promise.resolve();
let pending = false;

/** Makes the dynamic rules block exactly the warned domains of the feeds in force now (once at a time). */
export function syncBlockRules(): Promise<void> {
  if (pending) return running;
  pending = true;
  running = running
    .then(async () => {
      pending = false;
      const wanted = blockRules(blockedDomains(await activeIndex(), Date.now()));
      const held = await browser.declarativeNetRequest.getDynamicRules();
      if (
        JSON.stringify(held.map((r) => r.condition.requestDomains)) ===
        JSON.stringify(wanted.map((r) => r.condition.requestDomains))
      )
        return;
      await browser.declarativeNetRequest.updateDynamicRules({
        removeRuleIds: held.map((r) => r.id),
        addRules: wanted,
      });
    })
    .catch((e: unknown) => console.warn("[Soi Hàng] blocking rules:", e));
  return running;
}

/** Lets one site through for the rest of the session (until the browser closes): a session rule above the block. */
export async function allowRule(host: string, id: number): Promise<void> {
  if (!ruleDomain.test(host)) return;
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [id],
    addRules: [
      {
        id,
        priority: ALLOW_PRIORITY,
        action: { type: "allow" },
        condition: { requestDomains: [host], resourceTypes: ["main_frame"] },
      },
    ],
  });
}

export async function removeAllowRules(ids: readonly number[]): Promise<void> {
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [...ids] });
}
