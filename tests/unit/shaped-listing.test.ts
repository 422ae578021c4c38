import { describe, expect, it } from "vitest";
import { ListingSchema } from "../../utils/sites/listing";
import { shapedListing } from "../../utils/sites/shaped-listing";

const base = {
  platform: "lazada",
  key: "lazada:123",
  url: "https://www.lazada.vn/products/x-i123.html",
  title: "Nệm Zinus",
  pageKind: "search",
} as const;

describe("shapedListing", () => {
  it("keeps variants distinct and within the contract, and cuts a long text", () => {
    const shaped = shapedListing({
      ...base,
      variants: [" Đen ", "Đen", "", "x".repeat(300), ...Array.from({ length: 80 }, (_, i) => `Size ${i}`)],
      description: "d".repeat(5000),
    });
    expect(shaped.variants?.slice(0, 2)).toEqual(["Đen", "x".repeat(100)]);
    expect(shaped.variants).toHaveLength(40);
    expect(shaped.description).toHaveLength(600);
    expect(ListingSchema.safeParse(shaped).success).toBe(true);
    expect(
      ListingSchema.safeParse({ ...shaped, variants: Array.from({ length: 41 }, () => "a") }).success,
    ).toBe(false);
  });

  it("keeps every field the card showed, zero prices and a false official mark among them", () => {
    const full = {
      ...base,
      price: 0,
      priceMax: 1_290_000,
      currency: "VND",
      sellerId: "200162211305",
      sellerName: "Zinus Official Store",
      sellerUrl: "https://www.lazada.vn/shop/zinus-official-store/",
      official: false,
      brand: "Zinus",
      gtin: "0810012345678",
      imageUrl: "https://img.lazcdn.com/g/p/x.jpg",
      variants: ["Queen 1m6", "King 1m8"],
      description: "Nệm foam Zinus nén chân không, bảo hành 10 năm.",
    };
    expect(shapedListing(full)).toEqual(full);
  });

  it("drops fields left empty or undefined, so that the listing passes the contract", () => {
    const shaped = shapedListing({
      ...base,
      price: undefined,
      sellerId: "",
      sellerName: "",
      sellerUrl: undefined,
      brand: "",
      imageUrl: "",
    });
    expect(shaped).toEqual(base);
    expect(Object.keys(shaped).sort()).toEqual(Object.keys(base).sort());
    expect(ListingSchema.safeParse(shaped).success).toBe(true);
  });

  it("trims the title, the seller's name and the brand to the contract's limits", () => {
    const shaped = shapedListing({
      ...base,
      title: "á".repeat(600),
      sellerName: "b".repeat(300),
      brand: "c".repeat(150),
    });
    expect(shaped.title).toHaveLength(500);
    expect(shaped.sellerName).toHaveLength(200);
    expect(shaped.brand).toHaveLength(100);
    expect(ListingSchema.safeParse(shaped).success).toBe(true);
  });
});
