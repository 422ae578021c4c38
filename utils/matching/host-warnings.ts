import type { CompiledIndex } from "./compiled-index";
import type { IndexedWarning } from "./indexed-warning";

/**
 * The domain warnings on a host (as domainKey writes it) or on any domain above it: "shop.example.vn" is
 * warned by "shop.example.vn" and by "example.vn", never by "vn" alone. The nearest warned domain wins.
 */
export function hostWarnings(host: string, index: CompiledIndex): readonly IndexedWarning[] | undefined {
  for (let at = 0; at !== -1; ) {
    const rest = host.slice(at);
    if (!rest.includes(".")) return undefined;
    const found = index.byDomain.get(rest);
    if (found) return found;
    const dot = host.indexOf(".", at);
    at = dot === -1 ? -1 : dot + 1;
  }
  return undefined;
}
