import type { CompiledIndex } from "./compiled-index";
import type { IndexedWarning } from "./indexed-warning";

/**
 * The domain warnings on a host (as domainKey writes it) and on every domain above it: "shop.example.vn" is
 * warned by "shop.example.vn" and by "example.vn", never by "vn" alone. All of them count, so that a lower
 * warning on the shop never hides a higher one on its domain.
 */
export function hostWarnings(host: string, index: CompiledIndex): readonly IndexedWarning[] | undefined {
  let found: IndexedWarning[] | undefined;
  for (let at = 0; at !== -1; ) {
    const rest = host.slice(at);
    if (!rest.includes(".")) break;
    const hits = index.byDomain.get(rest);
    if (hits) {
      found ??= [];
      found.push(...hits);
    }
    const dot = host.indexOf(".", at);
    at = dot === -1 ? -1 : dot + 1;
  }
  return found;
}
