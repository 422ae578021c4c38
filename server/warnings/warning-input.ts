import * as z from "zod/mini";
import {
  type Warning,
  WarningCategorySchema,
  WarningSchema,
  WarningTargetSchema,
} from "../../utils/feed/schema";
import { domainTargetCheck } from "../../utils/feed/warned-domain";
import { LocalizedTextSchema } from "../../utils/localized";

/** An address a warning may link to: https (or http), nothing that runs or reads files. */
export const WebAddressSchema = z.string().check(
  z.maxLength(2000),
  z.refine((value) => {
    try {
      return ["https:", "http:"].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, "must be an https:// (or http://) address"),
);

/** What an officer fills in for a warning; the id and defaults are the service's. */
export const WarningInputSchema = z
  .object({
    target: WarningTargetSchema,
    category: WarningCategorySchema,
    severity: z.enum(["high", "medium", "low"]),
    reason: LocalizedTextSchema,
    source: z.object({
      /** Defaults to the office's name. */
      authority: z.optional(LocalizedTextSchema),
      decision: z.optional(z.string().check(z.trim(), z.maxLength(200))),
      date: z.optional(z.iso.date()),
      url: z.optional(WebAddressSchema),
    }),
    /** The day the warning stops applying (inclusive), or none. */
    validUntil: z.optional(z.iso.date()),
  })
  .check(domainTargetCheck);
export type WarningInput = z.infer<typeof WarningInputSchema>;

/** The feed's warning for an input: the same schema every subscriber checks. */
export function warningFrom(id: string, input: WarningInput, officeName: string): Warning {
  const { source } = input;
  const url = source.url;
  return WarningSchema.parse({
    id,
    target: input.target,
    severity: input.severity,
    category: input.category,
    reason: input.reason,
    source: {
      authority: source.authority ?? { vi: officeName },
      ...(source.decision ? { decision: source.decision } : {}),
      ...(source.date ? { date: source.date } : {}),
      ...(url ? { url } : {}),
    },
    // Vietnam's end of that day.
    ...(input.validUntil ? { validUntil: `${input.validUntil}T23:59:59+07:00` } : {}),
  });
}

/** The input a warning was made from, for editing it. */
export function inputOf(warning: Warning): WarningInput {
  return {
    target: warning.target,
    category: warning.category,
    severity: warning.severity,
    reason: warning.reason,
    source: {
      authority: warning.source.authority,
      ...(warning.source.decision ? { decision: warning.source.decision } : {}),
      ...(warning.source.date ? { date: warning.source.date } : {}),
      ...(warning.source.url ? { url: warning.source.url } : {}),
    },
    ...(warning.validUntil ? { validUntil: warning.validUntil.slice(0, 10) } : {}),
  };
}
