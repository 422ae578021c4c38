import type { SiteAdapter } from "./adapter";
import { shopee } from "./shopee";

export const ADAPTERS: readonly SiteAdapter[] = [shopee];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.matches(url));
}
