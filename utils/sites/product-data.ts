import { absoluteHttpUrl } from "./page-text";
import { parsePriceNumber } from "./price";

/** What a page says about its product in structured data (schema.org JSON-LD or microdata, OpenGraph). */
export interface ProductData {
  name?: string;
  brand?: string;
  image?: string;
  price?: number;
  priceMax?: number;
  currency?: string;
  sellerName?: string;
  gtin?: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === "string" ? v.trim() || undefined : typeof v === "number" ? String(v) : undefined;
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const nameOf = (v: unknown): string | undefined => str(v) ?? (isObject(v) ? str(v.name) : undefined);

function isProduct(node: Json): boolean {
  const type = node["@type"];
  return type === "Product" || (Array.isArray(type) && type.includes("Product"));
}

/** Product nodes anywhere in a JSON-LD value: top level, arrays and `@graph`. */
function findProduct(value: unknown, depth = 0): Json | undefined {
  if (depth > 4) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findProduct(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  if (isProduct(value)) return value;
  return findProduct(value["@graph"], depth + 1);
}

function price(v: unknown): number | undefined {
  const s = str(v);
  return s === undefined ? undefined : parsePriceNumber(s, ".");
}

function fromJsonLd(root: ParentNode, base: URL): ProductData | undefined {
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    let product: Json | undefined;
    try {
      product = findProduct(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken block is the page's problem; the next one or the DOM may still say enough.
    }
    if (!product) continue;
    const offers = first(product.offers);
    const offer = isObject(offers) ? offers : {};
    const low = price(offer.lowPrice) ?? price(offer.price);
    const high = price(offer.highPrice);
    return {
      name: str(product.name),
      brand: nameOf(first(product.brand)),
      image: absoluteHttpUrl(str(first(product.image)) ?? nameOf(first(product.image)), base),
      price: low,
      priceMax: high !== undefined && low !== undefined && high > low ? high : undefined,
      currency: str(offer.priceCurrency),
      sellerName: nameOf(offer.seller),
      gtin: str(product.gtin13) ?? str(product.gtin) ?? str(product.gtin8) ?? str(product.gtin14),
    };
  }
  return undefined;
}

function fromMicrodata(root: ParentNode, base: URL): ProductData | undefined {
  const scope = root.querySelector('[itemtype$="schema.org/Product"]');
  if (!scope) return undefined;
  const prop = (name: string) => {
    const el = scope.querySelector(`[itemprop="${name}"]`);
    return el?.getAttribute("content") ?? el?.getAttribute("src") ?? el?.textContent?.trim() ?? undefined;
  };
  return {
    name: prop("name"),
    brand: prop("brand"),
    image: absoluteHttpUrl(prop("image"), base),
    price: price(prop("price")),
    currency: prop("priceCurrency"),
    gtin: prop("gtin13") ?? prop("gtin"),
  };
}

function fromOpenGraph(root: ParentNode, base: URL): ProductData | undefined {
  const meta = (property: string) =>
    root.querySelector(`meta[property="${property}"]`)?.getAttribute("content")?.trim() || undefined;
  const type = meta("og:type");
  const amount = meta("product:price:amount") ?? meta("og:price:amount");
  if (type !== "product" && type !== "og:product" && amount === undefined) return undefined;
  return {
    name: meta("og:title"),
    brand: meta("product:brand"),
    image: absoluteHttpUrl(meta("og:image"), base),
    price: price(amount),
    currency: meta("product:price:currency") ?? meta("og:price:currency"),
  };
}

/** The page's structured product data, JSON-LD first; undefined when it declares no product. */
export function productData(root: ParentNode, base: URL): ProductData | undefined {
  return fromJsonLd(root, base) ?? fromMicrodata(root, base) ?? fromOpenGraph(root, base);
}
