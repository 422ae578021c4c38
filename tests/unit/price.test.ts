import { describe, expect, it } from "vitest";
import { parsePriceText } from "../../utils/sites/price";

describe("parsePriceText", () => {
  it("reads Vietnamese dong with dot grouping, and ranges", () => {
    expect(parsePriceText("₫59.000", ",")).toEqual({ price: 59000 });
    expect(parsePriceText("₫29.154.000 - ₫29.254.000", ",")).toEqual({ price: 29154000, priceMax: 29254000 });
    expect(parsePriceText("2.790.000 ₫", ",")).toEqual({ price: 2790000 });
  });

  it("reads dollar-style decimals and comma grouping", () => {
    expect(parsePriceText("$58.32", ".")).toEqual({ price: 58.32 });
    expect(parsePriceText("₱1,234.50", ".")).toEqual({ price: 1234.5 });
  });

  it("returns nothing for text without a price", () => {
    expect(parsePriceText("Liên hệ", ",")).toBeUndefined();
    expect(parsePriceText("", ".")).toBeUndefined();
  });
});
