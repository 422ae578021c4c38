import { type Feed, FeedSchema } from "../../utils/feed/schema";

/** A valid feed of the test publisher with nothing in it but `extra` (warnings, brands, signals…). */
export const testFeed = (extra: object = {}): Feed =>
  FeedSchema.parse({
    format: "soi-hang-feed",
    version: 1,
    publisher: { id: "test", name: { vi: "Thử" } },
    serial: 1,
    issued: "2026-01-01T00:00:00Z",
    expires: "2027-01-01T00:00:00Z",
    ...extra,
  });

/** A high-severity counterfeit warning about `target` (sample data). */
export const testWarning = (id: string, target: object, reason = `Cảnh báo ${id} (mẫu).`) => ({
  id,
  target,
  severity: "high",
  category: "counterfeit",
  reason: { vi: reason },
  source: { authority: { vi: "Cơ quan (mẫu)" } },
});
