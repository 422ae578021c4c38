import type { Feed } from "../feed/schema";
import { compactFeed, expandIndexes } from "./compact-index";
import type { CompiledIndex } from "./compiled-index";
import { WarningText } from "./warning-text";

/** The index of whole feeds in memory, through the same compact form the extension stores. */
export function compileIndex(feeds: readonly Feed[]): CompiledIndex {
  return expandIndexes(
    feeds.map((feed) => ({ index: compactFeed(feed).index, text: WarningText.of(feed.warnings) })),
  );
}
