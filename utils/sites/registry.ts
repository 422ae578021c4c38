import type { SiteAdapter } from "./adapter";
import { shopee } from "./shopee";
import { SHOPEE_MATCHES } from "./shopee-domains";

export const ADAPTERS: readonly SiteAdapter[] = [shopee];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}

/** Every page the content script runs on: the union of the adapters' own patterns. */
export const CONTENT_MATCHES: readonly string[] = [...SHOPEE_MATCHES];
