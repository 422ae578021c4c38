import * as z from "zod/mini";
import { DeltaSchema } from "../utils/feed/delta";
import { FeedSchema } from "../utils/feed/schema";
import { ReportSchema } from "../utils/reports/schema";
import { CaseReportSchema } from "../utils/sweep/schema";

/** JSON Schemas exported from the zod schemas, for publishers and intakes that use other tools. */
export function jsonSchemas(): Record<string, unknown> {
  const exported = (schema: z.ZodMiniType, title: string) => ({
    ...z.toJSONSchema(schema, { io: "input" }),
    title,
  });
  return {
    "feed.schema.json": exported(FeedSchema, "Soi Hàng warning feed, version 1"),
    "feed-delta.schema.json": exported(DeltaSchema, "Soi Hàng feed delta, version 1"),
    "report.schema.json": exported(ReportSchema, "Soi Hàng report (the body POSTed to an intake)"),
    "case.schema.json": exported(CaseReportSchema, "Soi Hàng staff case (the body POSTed to a staff intake)"),
  };
}
