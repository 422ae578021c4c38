import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardPriceText, cardTitleAndPrice, LATIN_LETTER, VND_PRICE } from "../../utils/sites/link-cards";

const cardTitle = (card: Element, link: Element) => {
  const { title, el } = cardTitleAndPrice(card, link, VND_PRICE);
  return { title, el };
};

/** A card as hashed-class sites render one: a product link holding its texts, each in its own leaf. */
function card(...texts: string[]): { card: Element; link: Element } {
  const el = document.createElement("div");
  const link = document.createElement("a");
  link.href = "/p/1";
  link.setAttribute("aria-label", "product_item");
  for (const text of texts) {
    const span = document.createElement("span");
    span.textContent = text;
    link.append(span);
  }
  el.append(link);
  return { card: el, link };
}

describe("cardTitleAndPrice", () => {
  it("takes the longest text that is not a number or a price", () => {
    const cases: [string[], string][] = [
      [["$1,234,567.89 (-35%)", "Áo thun"], "Áo thun"],
      [["-35% · 1.234.567", "12.345.678.900 ₫", "Ghế"], "Ghế"],
      [["2.200.000đ - 3.600.000đ", "Bàn góc tường"], "Bàn góc tường"],
      [["iPhone 15 Pro Max 256GB", "29.990.000 ₫"], "iPhone 15 Pro Max 256GB"],
      [["鬼滅の刃 フィギュア 2", "$24.17"], "鬼滅の刃 フィギュア 2"],
      [["Đà Nẵng", "ghế cafe   nhựa\n đúc phi 27"], "ghế cafe nhựa đúc phi 27"],
    ];
    for (const [texts, title] of cases) {
      const { card: el, link } = card(...texts);
      expect(cardTitle(el, link).title).toBe(title);
    }
  });

  it("gives no title when every text is a number", () => {
    const { card: el, link } = card("1.250.000 ₫", "4.9", "-35%");
    expect(cardTitle(el, link).title).toBe("");
  });

  it("takes a link's label when it is a phrase", () => {
    const { card: el, link } = card("Ghế");
    link.setAttribute("aria-label", "Ghế văn phòng chân xoay");
    expect(cardTitle(el, link)).toEqual({ title: "Ghế văn phòng chân xoay", el: link });
  });

  it("refuses exactly the texts that are numbers with symbols, or prices", () => {
    // The rule as one pattern: no letter in any script, a digit.
    const numberOnly = /^[^\p{L}]*\d[\d.,\s]*[^\p{L}]*$/u;
    const chars = fc.constantFrom(..."0 1 9 . , - % $ ₫ đ a Z é ữ ơ ж 鬼 ( ) ★ × ÷".split(" "), " ");
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 14 }), (cs) => {
        const text = cs.join("").replace(/\s+/g, " ").trim();
        if (!text) return;
        const { card: el, link } = card(text);
        const refused = numberOnly.test(text) || VND_PRICE.test(text);
        expect(cardTitle(el, link).title).toBe(refused ? "" : text);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts as Latin letters only letters", () => {
    const letter = /\p{L}/u;
    const notLetters: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (LATIN_LETTER.test(ch) && !letter.test(ch)) notLetters.push(code.toString(16));
    }
    expect(notLetters).toEqual([]);
    expect([..."aZđơưẠỹ"].every((ch) => LATIN_LETTER.test(ch))).toBe(true);
  });

  it("finds the price cardPriceText finds, in the same walk", () => {
    // Leaves of every kind the walk reads, headings among them (a heading is never a price), nested or not.
    const leaf = fc.record({
      tag: fc.constantFrom("span", "div", "p", "h3", "b"),
      text: fc.constantFrom(
        "159.000 ₫",
        "2.200.000đ",
        "₫ 99.000",
        "$24.17",
        "4.9",
        "Ghế xoay",
        "Đã bán 1,2k",
        "",
      ),
      nested: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(leaf, { maxLength: 8 }), fc.boolean(), (leaves, labelled) => {
        const { card: el, link } = card();
        if (labelled) link.setAttribute("aria-label", "Ghế văn phòng chân xoay");
        for (const { tag, text, nested } of leaves) {
          const node = document.createElement(tag);
          node.textContent = text;
          if (nested) {
            const outer = document.createElement("div");
            outer.append(node);
            link.append(outer);
          } else link.append(node);
        }
        for (const pattern of [VND_PRICE, /^\$\d/]) {
          expect(cardTitleAndPrice(el, link, pattern).price).toBe(cardPriceText(el, pattern));
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("VND_PRICE", () => {
  it("reads the currency in any letter case, and nothing else as a price", () => {
    for (const price of [
      "159.000 ₫",
      "₫159.000",
      "2.200.000đ",
      "2.200.000Đ",
      "159.000 VND",
      "159.000 vnd",
      "159.000 Vnd",
    ])
      expect(VND_PRICE.test(price), price).toBe(true);
    for (const text of ["159.000", "Đà Nẵng", "159.000 VNDX", "159.000 VN", "Giảm 159.000đ"])
      expect(VND_PRICE.test(text), text).toBe(false);
  });
});
