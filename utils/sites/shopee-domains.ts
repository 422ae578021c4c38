/** Shopee's regional storefronts: the same front end everywhere, so one adapter serves them all. */
export const SHOPEE_REGIONS = {
  "shopee.vn": { currency: "VND", decimal: "," },
  "shopee.sg": { currency: "SGD", decimal: "." },
  "shopee.ph": { currency: "PHP", decimal: "." },
  "shopee.co.id": { currency: "IDR", decimal: "," },
  "shopee.com.my": { currency: "MYR", decimal: "." },
  "shopee.co.th": { currency: "THB", decimal: "." },
  "shopee.tw": { currency: "TWD", decimal: "." },
  "shopee.com.br": { currency: "BRL", decimal: "," },
  "shopee.com.mx": { currency: "MXN", decimal: "." },
  "shopee.com.co": { currency: "COP", decimal: "," },
  "shopee.cl": { currency: "CLP", decimal: "," },
} as const satisfies Record<string, { currency: string; decimal: "." | "," }>;

export type ShopeeDomain = keyof typeof SHOPEE_REGIONS;

export const SHOPEE_MATCHES = Object.keys(SHOPEE_REGIONS).flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]);

export function shopeeRegion(hostname: string): (typeof SHOPEE_REGIONS)[ShopeeDomain] | undefined {
  const domain = (Object.keys(SHOPEE_REGIONS) as ShopeeDomain[]).find(
    (d) => hostname === d || hostname.endsWith(`.${d}`),
  );
  return domain ? SHOPEE_REGIONS[domain] : undefined;
}
