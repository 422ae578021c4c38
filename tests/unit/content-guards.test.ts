import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONTENT_REPLY_GUARDS, isTabMessage } from "../../utils/content-guards";
import { CONTENT_REPLIES } from "../../utils/content-replies";
import { TabMessageSchema } from "../../utils/tab-messages";

// Values near the contract: each field either right, or one of the ways a field goes wrong (absent, null, the
// wrong type, too long, an unknown word), so that both sides of every check are reached; and anything at all.
const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.array(fc.anything(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
const near = <T>(right: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: wrong });
const text = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.string({ maxLength: Math.min(max, 20) }) },
    { weight: 1, arbitrary: fc.string({ minLength: max - 1, maxLength: max + 2 }) },
  );
const words = (list: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...list) },
    { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
  );
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const verdict = near(
  fc.record(
    {
      key: near(fc.string()),
      level: near(words(["danger", "caution", "official", "none"])),
      detail: fc.anything(),
    },
    { requiredKeys: ["key", "level", "detail"] },
  ),
);
const platform = near(
  fc.record({
    name: near(text(200)),
    pledge: maybe(near(fc.record({ signed: near(fc.boolean()), date: maybe(near(text(40))) }))),
  }),
);
const strings = near(fc.array(near(fc.string()), { maxLength: 4 }));
const language = near(words(["vi", "en"]));

const REPLY_VALUES = {
  match: fc.record(
    {
      verdicts: near(fc.array(verdict, { maxLength: 3 })),
      refused: strings,
      platform: maybe(platform),
      guided: maybe(strings),
      strings: maybe(strings),
      language: maybe(language),
    },
    { requiredKeys: ["verdicts", "refused"] },
  ),
  openPanel: fc.record({ token: near(fc.string()) }, { requiredKeys: [] }),
  getStrings: fc.record({ strings, language }, { requiredKeys: [] }),
};

describe("the content scripts' hand-written checks agree with the zod contract", () => {
  for (const name of ["match", "openPanel", "getStrings"] as const) {
    it(`${name}: accepts exactly what its schema accepts`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.oneof({ weight: 4, arbitrary: REPLY_VALUES[name] }, { weight: 1, arbitrary: fc.anything() }),
          (value) => {
            const byZod = CONTENT_REPLIES[name].safeParse(value).success;
            expect(CONTENT_REPLY_GUARDS[name](value)).toBe(byZod);
            if (byZod) accepted++;
          },
        ),
        { numRuns: 3000 },
      );
      // Both sides were reached: dozens of values pass at least, and far more do not.
      expect(accepted).toBeGreaterThan(30);
      expect(accepted).toBeLessThan(2900);
    });
  }

  it("tab messages: accepts exactly what TabMessageSchema accepts", () => {
    const message = fc.record(
      {
        soiHangTab: near(fc.constant(1)),
        name: near(
          words(["pageListing", "openReport", "hidePanel", "showPanel", "closePanel", "languageChanged"]),
        ),
        linkUrl: maybe(near(text(4000))),
        srcUrl: maybe(near(text(4000))),
      },
      { requiredKeys: [] },
    );
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: message }, { weight: 1, arbitrary: fc.anything() }),
        (value) => {
          const byZod = TabMessageSchema.safeParse(value).success;
          expect(isTabMessage(value)).toBe(byZod);
          if (byZod) accepted++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(30);
  });

  it("the replies a page really gets pass both", () => {
    const reply = {
      verdicts: [{ key: "shopee:1:2", level: "danger", detail: { reasons: [] } }],
      refused: [],
      platform: { name: "Shopee", pledge: { signed: true, date: "2024-03-15" } },
      guided: ["shopee:1:2"],
      strings: ["Cảnh báo"],
      language: "vi",
    };
    expect(CONTENT_REPLY_GUARDS.match(reply)).toBe(true);
    expect(CONTENT_REPLIES.match.safeParse(reply).success).toBe(true);
  });
});
