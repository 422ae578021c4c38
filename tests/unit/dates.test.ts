import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "../../utils/dates";

describe("one way of writing dates", () => {
  it("vi: 14/09/2026 and 13:37 14/09/2026", () => {
    expect(formatDate("vi", "2026-09-14")).toBe("14/09/2026");
    expect(formatDateTime("vi", "2026-09-14T06:37:00Z", "Asia/Ho_Chi_Minh")).toBe("13:37 14/09/2026");
    expect(formatDateTime("vi", Date.parse("2026-03-05T01:02:00Z"), "UTC")).toBe("01:02 05/03/2026");
  });

  it("en: the locale's own form", () => {
    expect(formatDate("en", "2026-09-14")).toBe("14 Sept 2026");
    expect(formatDateTime("en", "2026-09-14T06:37:00Z", "UTC")).toBe("14 Sept 2026, 06:37");
  });

  it("a feed's calendar day is that day wherever the reader is", () => {
    expect(formatDate("vi", "2026-01-01")).toBe("01/01/2026");
    expect(formatDate("vi", "2026-12-31")).toBe("31/12/2026");
  });

  it("gives back what it cannot read, as it came", () => {
    expect(formatDate("vi", "sớm thôi")).toBe("sớm thôi");
    expect(formatDateTime("vi", "not a date")).toBe("not a date");
  });
});
