import * as z from "zod/mini";

/** About 2 MB of base64: a 1280-pixel-wide JPEG of a busy page is 100–300 KB, so this only stops abuse. */
export const MAX_SCREENSHOT_BASE64 = 2_800_000;

/** The visible tab when the report was made, scaled to at most 1280 pixels wide, as JPEG. */
export const ScreenshotSchema = z.object({
  mediaType: z.literal("image/jpeg"),
  width: z.int().check(z.positive(), z.lte(4096)),
  height: z.int().check(z.positive(), z.lte(8192)),
  /** The JPEG bytes in base64 (no `data:` prefix). */
  data: z
    .string()
    .check(z.minLength(4), z.maxLength(MAX_SCREENSHOT_BASE64), z.regex(/^[A-Za-z0-9+/]+={0,2}$/)),
  /** SHA-256 of the JPEG bytes, hex: lets the receiver show the image was not altered after capture. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  capturedAt: z.iso.datetime(),
});
export type Screenshot = z.infer<typeof ScreenshotSchema>;
