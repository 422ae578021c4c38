import * as z from "zod/mini";

const jit = process.argv[2] === "jit";
z.config({ jitless: !jit });
const { WarningSchema } = await import("./utils/feed/schema");
const source = { authority: { vi: "Cơ quan mẫu (bench)" } };
const warnings = Array.from({ length: 100000 }, (_, i) => {
  const kind = i % 10;
  const target =
    kind < 6
      ? { kind: "seller", platform: "shopee", sellerId: String(5_000_000 + i) }
      : kind < 9
        ? { kind: "listing", key: `shopee:${7_000_000 + i}:${i}` }
        : { kind: "product", brand: `Brand${i % 2000}`, terms: [`model${i % 97}`] };
  return { id: `b-${i}`, target, severity: "high", category: "counterfeit", reason: { vi: "bench" }, source };
});
const json = JSON.parse(JSON.stringify(warnings));
const arr = z.array(WarningSchema);
const simpleObj = z.array(z.object({ id: z.string(), severity: z.string(), category: z.string() }));
const loose = z.array(z.looseObject({ id: z.string() }));
for (let r = 0; r < 4; r++) {
  let t = performance.now();
  arr.parse(json);
  const a = performance.now() - t;
  t = performance.now();
  simpleObj.parse(json);
  const b = performance.now() - t;
  t = performance.now();
  loose.parse(json);
  const c = performance.now() - t;
  console.log(
    jit ? "jit" : "jitless",
    "full",
    a.toFixed(0),
    "3-field object",
    b.toFixed(0),
    "loose 1-field",
    c.toFixed(0),
  );
}
