import { WARNING_CATEGORIES } from "@/utils/feed/schema";
import { PLATFORM_LABELS, PLATFORMS } from "@/utils/sites/listing";
import { categoryLabel, useI18n } from "../i18n";

/** The platforms as `<option>`s, named as the extension names them. */
export function PlatformOptions() {
  return (
    <>
      {PLATFORMS.map((p) => (
        <option value={p} key={p}>
          {PLATFORM_LABELS[p]}
        </option>
      ))}
    </>
  );
}

/** The violation categories as `<option>`s, in the reader's language. */
export function CategoryOptions() {
  const { lang } = useI18n();
  return (
    <>
      {WARNING_CATEGORIES.map((c) => (
        <option value={c} key={c}>
          {categoryLabel(lang, c)}
        </option>
      ))}
    </>
  );
}
