import type { SiteAdapter } from "./adapter";
import { FACEBOOK_MATCHES, facebook } from "./facebook";
import { LAZADA_MATCHES, lazada } from "./lazada";
import { SENDO_MATCHES, sendo } from "./sendo";
import { shopee } from "./shopee";
import { SHOPEE_MATCHES } from "./shopee-domains";
import { TIKI_MATCHES, tiki } from "./tiki";
import { TIKTOK_MATCHES, tiktok } from "./tiktok";

/** Every site adapter with the pages its content script runs on (one content script per site, see DESIGN.md). */
export const SITES: readonly { adapter: SiteAdapter; matches: readonly string[] }[] = [
  { adapter: shopee, matches: SHOPEE_MATCHES },
  { adapter: lazada, matches: LAZADA_MATCHES },
  { adapter: tiki, matches: TIKI_MATCHES },
  { adapter: sendo, matches: SENDO_MATCHES },
  { adapter: tiktok, matches: TIKTOK_MATCHES },
  { adapter: facebook, matches: FACEBOOK_MATCHES },
];

export function adapterFor(url: URL): SiteAdapter | undefined {
  return SITES.find(({ adapter }) => adapter.matches(url))?.adapter;
}

/** Every page a content script runs on: the host permissions the extension asks for. */
export const CONTENT_MATCHES: readonly string[] = SITES.flatMap((s) => s.matches);
