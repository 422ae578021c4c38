import { type EvalItem, written } from "./eval-item";

// SYNTHETIC: listings written for the evaluation in the styles sellers use, combined from the parts below
// (deterministically, no randomness). This is the part the rules were tuned on; held-out-listings.ts is not.

const FASHION: [brand: string, goods: string, fair: number][] = [
  ["Louis Vuitton", "Túi xách nữ", 45_000_000],
  ["Chanel", "Túi đeo chéo", 120_000_000],
  ["Gucci", "Thắt lưng nam", 12_000_000],
  ["Dior", "Túi Saddle", 80_000_000],
  ["Hermès", "Túi Birkin", 300_000_000],
  ["Rolex", "Đồng hồ nam", 250_000_000],
  ["Nike", "Giày Air Force 1", 2_900_000],
  ["Adidas", "Giày Ultraboost", 4_200_000],
  ["MLB", "Mũ bóng chày", 1_100_000],
  ["Balenciaga", "Giày Triple S", 25_000_000],
  ["Prada", "Túi Re-Edition", 40_000_000],
  ["Burberry", "Áo khoác trench", 60_000_000],
  ["Versace", "Áo sơ mi lụa", 15_000_000],
  ["Cartier", "Vòng tay Love", 150_000_000],
  ["Pandora", "Charm bạc", 2_000_000],
  ["Converse", "Giày Chuck Taylor", 1_600_000],
];

const SLANG = [
  "Rep 1:1",
  "REP 1:1",
  "rep11",
  "Replica",
  "like auth",
  "Like Auth 99%",
  "auth like",
  "Super Fake",
  "siêu cấp",
  "Siêu Cấp Like Auth",
  "sieu cap",
  "hàng F1",
  "hang f1",
  "loại 1",
  "1:1",
  "hàng fake",
  "fake",
  "mirror quality",
  "super copy",
  "hàng nhái",
  "VNXK",
  "sieeu caaps",
  "hangf F1",
  "𝐑𝐞𝐩 𝟏:𝟏",
  "r.e.p 1:1",
];

const TELEX_TYPED = new Set(["sieeu caaps", "hangf F1"]);
const withoutMarks = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

const LOOKALIKES: [title: string, price: number][] = [
  ["Túi Guchi nữ da bò cao cấp", 890_000],
  ["Giày Addidas Superstar trắng", 450_000],
  ["Đồng hồ Rolexx nam dây thép", 1_200_000],
  ["Túi Luois Vuiton Neverfull", 1_500_000],
  ["Nước hoa Channel No5 100ml", 350_000],
  ["Ví Gucii nam da thật", 390_000],
  ["Giày Nikee Jordan 1 cổ cao", 520_000],
  ["Túi Pradaa nylon đeo vai", 650_000],
  ["Thắt lưng Hermess khóa H", 450_000],
  ["Túi Balenciagaa hourglass", 990_000],
  ["Áo khoác Burbery kẻ sọc", 790_000],
  ["Son Diorr 999 màu đỏ", 120_000],
  ["Giày Adiddas Stan Smith", 390_000],
  ["Đồng hồ Rolec Submariner", 2_500_000],
  ["Kính mát Ray-Bann aviator", 250_000],
  ["Túi Chanell mini flap", 1_100_000],
  ["Ví Louis Vuittonn zippy", 690_000],
  ["Giày Balenciga Triple S", 1_200_000],
  ["Túi Prda galleria", 1_300_000],
];

const OBFUSCATED: [title: string, price: number][] = [
  ["𝐂𝐡𝐚𝐧𝐞𝐥 túi xách nữ rep 1:1", 1_200_000],
  ["Túi C.h.a.n.e.l classic 25cm", 850_000],
  ["Túi Ch@nel boy da cừu", 990_000],
  ["Thắt lưng G.U.C.C.I nam", 350_000],
  ["Đồng hồ R0lex Daytona", 3_500_000],
  ["Túi xách Ｇｕｃｃｉ Marmont", 1_500_000],
  ["[Mã FASHION10 giảm 10%] Túi Chanel like auth", 1_400_000],
  ["🔥🔥 Giày Nike Jordan rep 1:1 full box 🔥", 690_000],
  ["【HOT】Túi LV Neverfull siêu cấp", 1_600_000],
  ["Đồng hồ Hublot Big Bang máy Nhật", 2_800_000],
];

const PRICE_FLOOR: [title: string, price: number][] = [
  ["Túi xách Chanel Classic Flap da cừu", 850_000],
  ["Đồng hồ Rolex Submariner nam", 3_200_000],
  ["Túi Louis Vuitton Speedy 30", 1_200_000],
  ["Ví Gucci nam da thật", 450_000],
  ["Túi Hermès Birkin 30cm", 4_500_000],
  ["Nước hoa Chanel Coco Mademoiselle 100ml", 450_000],
  ["Giày Nike Air Jordan 1 cao cổ", 350_000],
  ["Giày Adidas Yeezy 350", 420_000],
  ["Tai nghe AirPods Pro 2", 350_000],
  ["Đồng hồ Omega Seamaster", 2_000_000],
  ["Túi Dior Book Tote", 1_500_000],
  ["Son Dior Addict Lip Glow", 150_000],
  ["Mũ MLB NY chính hãng", 180_000],
  ["Giày MLB Chunky Liner", 450_000],
  ["Máy sấy tóc Dyson Supersonic", 850_000],
  ["Kính Ray-Ban Wayfarer", 300_000],
  ["Charm Pandora bạc 925", 180_000],
  ["Đồng hồ Casio G-Shock GA-2100", 150_000],
  ["Thắt lưng Louis Vuitton nam", 550_000],
  ["Túi Prada nylon Re-Edition", 900_000],
  ["Túi xách Gucci Dionysus", 1_800_000],
];

const PROHIBITED: string[] = [
  "Thuốc lá ngoại Marlboro đỏ cây 10 bao",
  "Thuốc lá 555 xách tay cây",
  "Pháo nổ Tết loại to",
  "Pháo bi pháo dây đủ loại",
  "Viên uống thực phẩm chức năng chữa khỏi tiểu đường",
  "Thực phẩm bảo vệ sức khỏe đặc trị ung thư",
  "Thuốc trừ sâu không nhãn mác can 5 lít",
  "Thuốc diệt cỏ Paraquat nội địa Trung",
  "Thuốc kháng sinh Amoxicillin 500mg hộp 100 viên",
  "Viagra chính hãng Mỹ hộp 4 viên",
  "Thuốc phá thai an toàn tại nhà",
  "Tinh dầu vape pod thuốc lá điện tử",
  "Thuốc lá điện tử pod Relx",
  "Esse thuốc lá Hàn cây 10 bao",
  "Phân bón lá hàng Trung Quốc không nhãn",
];

/** Honest titles that look near a rule: grades of produce, F1 seeds, accessories for a brand, denials of fakes. */
const HONEST: [title: string, price: number, official?: boolean][] = [
  ["Xoài cát Hòa Lộc loại 1 thùng 5kg", 250_000],
  ["Gạo ST25 loại 1 túi 5kg", 180_000],
  ["Thịt bò Úc loại 1 500g", 190_000],
  ["Hạt giống dưa leo F1 chịu nhiệt", 15_000],
  ["Hạt giống cà chua F1 năng suất cao", 20_000],
  ["Mô hình xe đua F1 tỉ lệ 1:43", 350_000],
  ["Ốp lưng cho iPhone 15 Pro Max trong suốt", 45_000],
  ["Kính cường lực iPhone 14 full màn", 25_000],
  ["Dây đồng hồ cho Apple Watch silicon", 60_000],
  ["Cáp sạc nhanh cho iPhone 1m", 55_000],
  ["Nước hoa chiết Chanel Bleu 10ml", 250_000],
  ["Hộp đựng đồng hồ 6 ngăn phong cách Rolex", 390_000],
  ["Bộ chia HDMI 4 channel", 320_000],
  ["Giấy in copy A4 Double A 500 tờ", 75_000],
  ["Máy photocopy Ricoh cũ", 9_500_000],
  ["Sách cách nhận biết hàng fake hàng thật", 89_000],
  ["Kem chống nắng La Roche-Posay chính hãng, cam kết không fake", 420_000],
  ["Son Dior chính hãng, nói không với hàng fake", 950_000],
  ["Giày Nike Air Force 1 chính hãng, không bán hàng fake", 2_800_000],
  ["Túi xách nữ đeo chéo da PU thời trang", 159_000],
  ["Áo thun nam cotton basic", 89_000],
  ["Tã quần Bobby size L 54 miếng", 259_000],
  ["Sữa Similac 5G 900g chính hãng", 650_000],
  ["Mũ lưỡi trai thêu chữ NY", 59_000],
  ["Kính mát nam phân cực chống UV", 120_000],
  ["Đồng hồ Casio MTP-V002 nam dây da", 650_000],
  ["Đồng hồ Casio G-Shock GA-2100 chính hãng", 2_990_000, true],
  ["Giày Nike Air Force 1 chính hãng", 2_900_000, true],
  ["Tai nghe AirPods Pro 2 chính hãng VN/A", 5_490_000, true],
  ["Chanh dây tươi 1kg", 35_000],
  ["Nước ép chanh leo 1 lít", 45_000],
  ["Giày chạy bộ nam đế êm", 320_000],
  ["Quần jean nữ lưng cao", 199_000],
  ["Ví nam da bò thật handmade", 290_000],
  ["Thắt lưng nam khóa tự động", 150_000],
  ["Nước hoa nữ hương hoa nhài 50ml", 180_000],
  ["Túi tote vải canvas in hình", 65_000],
  ["Sticker Louis Vuitton dán vali", 15_000],
  ["Móc khóa Gucci mini", 39_000],
  ["Bút bi Thiên Long loại 1 hộp 20 cây", 60_000],
];

/** Listings by sellers the evaluation feed warns of (list hits): `danger` whatever the title. */
const LIST_HITS: [title: string, extra: Parameters<typeof written>[2], rule: string][] = [
  ["Túi xách nữ da thật", { sellerId: "9100000001" }, "warned_seller"],
  ["Kem dưỡng trắng da", { key: "shopee:9100000002:2300000021" }, "warned_listing"],
  ["Sữa bột MamaGold 900g date mới", {}, "warned_product"],
  ["Sữa bột Mama Gold 900G", {}, "warned_product"],
  ["Đồng hồ nam dây da", { platform: "lazada", key: "lazada:88001", sellerId: "880001" }, "warned_seller"],
  [
    "Áo khoác nam",
    {
      platform: "facebook",
      key: "facebook:990001",
      sellerUrl: "https://www.facebook.com/kho.hang.hieu.247/",
    },
    "warned_shop",
  ],
  [
    "Giày thể thao",
    { platform: "web", key: "web:shop-1", url: "https://hanghieugiare.example.vn/giay-1" },
    "warned_domain",
  ],
  [
    "Giày thể thao nữ",
    { platform: "web", key: "web:shop-2", url: "https://www.shop.hanghieugiare.example.vn/p/2" },
    "warned_domain",
  ],
  ["Nước giặt 3,8kg", { gtin: "8934868000012" }, "warned_product"],
  ["Nước giặt can lớn", { gtin: "08934868000012" }, "warned_product"],
];

export function writtenListings(): EvalItem[] {
  const out: EvalItem[] = [];
  for (const [brand, goods, fair] of FASHION)
    for (const slang of SLANG) {
      // Telex typed without an input method leaves the whole title without marks, not one word.
      const title = TELEX_TYPED.has(slang)
        ? withoutMarks(`${goods} ${brand} ${slang}`)
        : `${goods} ${brand} ${slang}`;
      out.push({ listing: written(title, fair), expected: "caution", rule: "slang", part: "tuning" });
    }
  for (const [title, price] of LOOKALIKES)
    out.push({
      listing: written(title, price),
      expected: "caution",
      rule: "brand_lookalike",
      part: "tuning",
    });
  for (const [title, price] of OBFUSCATED)
    out.push({ listing: written(title, price), expected: "caution", part: "tuning" });
  for (const [title, price] of PRICE_FLOOR)
    out.push({ listing: written(title, price), expected: "caution", rule: "price_floor", part: "tuning" });
  for (const title of PROHIBITED)
    out.push({
      listing: written(title, 300_000),
      expected: "caution",
      rule: "prohibited_goods",
      part: "tuning",
    });
  for (const [title, price, official] of HONEST)
    out.push({
      listing: written(title, price, official ? { official: true } : {}),
      expected: official ? "official" : "none",
      part: "tuning",
    });
  // Genuine goods at fair prices by the brands' resellers: at most the weak unofficial-seller signal.
  for (const [brand, goods, fair] of FASHION)
    for (const suffix of [
      "chính hãng",
      "full box, bill mua hàng",
      "new 100%",
      "authentic",
      "xách tay Pháp",
      "sale 10%",
    ])
      out.push({ listing: written(`${goods} ${brand} ${suffix}`, fair), expected: "none", part: "tuning" });
  for (const [title, extra, rule] of LIST_HITS)
    out.push({ listing: written(title, 500_000, extra), expected: "danger", rule, part: "tuning" });
  return out;
}
