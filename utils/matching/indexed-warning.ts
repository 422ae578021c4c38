import type { Warning } from "../feed/schema";

/** A warning as the index holds it, and a product warning filed under a brand's name. */

export interface IndexedWarning {
  readonly warning: Warning;
  readonly feedId: string;
  readonly sample: boolean;
}

/** A product warning by brand and terms, filed in the title phrases under the brand's name or alias. */
export interface ProductRule {
  hit: IndexedWarning;
  /** Each term as folded tokens; all must appear in the title. */
  terms: string[][];
}
