import type { PhraseHit } from "../phrase-set";
import type { TitleView } from "../title-view";
import type { Heuristics, TitlePhrase } from "./heuristics";

/** A title's tokens with every rule's phrases found in them: the title is read once for all the rules. */
export interface TitleReading {
  tokens: readonly string[];
  hits: PhraseHit<TitlePhrase>[];
}

/** The title as written, then (when there is one) its Telex reading. */
export function readTitle(view: TitleView, h: Heuristics): TitleReading[] {
  const readings = [{ tokens: view.tokens, hits: h.phrases.find(view.tokens) }];
  if (view.telex) readings.push({ tokens: view.telex, hits: h.phrases.find(view.telex) });
  return readings;
}
