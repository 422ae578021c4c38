import { browser } from "wxt/browser";
import * as z from "zod/mini";
import { BUNDLED_SUBSCRIPTION, SubscriptionSchema } from "./feed/subscriptions";
import { LanguageSchema } from "./localized";
import { SafeAddressSchema } from "./web-address";

export const DEFAULT_SYNC_MINUTES = 6 * 60;

export const SettingsSchema = z.object({
  /** The feeds followed, in order of precedence; the bundled sample feed first by default. */
  subscriptions: z._default(z.array(SubscriptionSchema).check(z.maxLength(20)), [BUNDLED_SUBSCRIPTION]),
  /** How often feeds are renewed in the background. */
  syncMinutes: z._default(z.int().check(z.gte(15), z.lte(7 * 24 * 60)), DEFAULT_SYNC_MINUTES),
  /**
   * Where reports go when no approved feed names an intake for their province. None by default: the person (or
   * their office's instructions) sets it; until then the form offers the hotline and a file of the evidence.
   */
  intakeUrl: z.optional(SafeAddressSchema),
  language: z._default(LanguageSchema, "vi"),
  staffMode: z._default(z.boolean(), false),
  /** The staff intake that receives cases from sweeps (staff mode). */
  staffIntakeUrl: z.optional(SafeAddressSchema),
  /** The province chosen in the last report, offered again in the next. */
  reportProvince: z.optional(z.string().check(z.maxLength(100))),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = "settings";

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  // A corrupt stored value falls back to defaults rather than breaking every context.
  return parsed.success ? parsed.data : SettingsSchema.parse({});
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings (and the previous ones) whenever they change. */
export function onSettingsChanged(listener: (settings: Settings, previous: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== "local" || !(KEY in changes)) return;
    const parsed = SettingsSchema.safeParse(changes[KEY]?.newValue ?? {});
    const previous = SettingsSchema.safeParse(changes[KEY]?.oldValue ?? {});
    if (parsed.success) listener(parsed.data, previous.success ? previous.data : SettingsSchema.parse({}));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
