import type { TrustedKey } from "./signature";

/**
 * Whether a held copy of a feed may still be used for matching and routing: `in_force`; `expired` (its
 * publisher's own `expires` has passed, so a withdrawn warning could still be standing in it); `key_removed` (the
 * key that signed it is no longer pinned in the subscription, so nothing vouches for it any more).
 */
export type HeldCopyState = "in_force" | "expired" | "key_removed";

export function heldCopyState(
  held: { meta?: { expires: string }; keyId?: string },
  pinned: readonly TrustedKey[],
  now: number,
): HeldCopyState | undefined {
  if (!held.meta) return undefined;
  if (!pinned.some((key) => key.id === held.keyId)) return "key_removed";
  if (!(Date.parse(held.meta.expires) > now)) return "expired";
  return "in_force";
}
