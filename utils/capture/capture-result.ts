import * as z from "zod/mini";
import { ScreenshotSchema } from "./screenshot-schema";

/** A screenshot of the visible tab, or why there is none. */
export const CaptureResultSchema = z.union([
  z.object({ ok: z.literal(true), screenshot: ScreenshotSchema }),
  z.object({
    ok: z.literal(false),
    error: z.enum(["permission", "not_visible", "failed"]),
    detail: z.string().check(z.maxLength(500)),
  }),
]);
export type CaptureResult = z.infer<typeof CaptureResultSchema>;
