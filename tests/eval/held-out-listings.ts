import { type EvalItem, written } from "./eval-item";

// SYNTHETIC, HELD APART: written in other phrasings, brands and goods than written-listings.ts, and not looked
// at while the rules were tuned. `npm run eval` reports this part on its own.

const BRANDS: [brand: string, goods: string][] = [
  ["Louis Vuitton", "Balo"],
  ["Chanel", "Ví dài"],
  ["Gucci", "Giày lười"],
  ["Dior", "Kính mát"],
  ["Rolex", "Đồng hồ Daytona"],
  ["Nike", "Áo hoodie"],
  ["Adidas", "Quần jogger"],
  ["MLB", "Giày Big Ball Chunky"],
  ["Hermès", "Dép Oran"],
  ["Cartier", "Nhẫn Love"],
  ["Hublot", "Đồng hồ Classic Fusion"],
  ["Pandora", "Vòng tay charm"],
  ["YSL", "Túi Loulou"],
  ["Fendi", "Túi Baguette"],
];

const SLANG = [
  "REP1:1 cao cấp",
  "hàng replica",
  "Like Authentic",
  "SF 1:1",
  "super fake like auth",
  "auth like 1:1",
  "hàng siêu cấp",
  "F1 loại đẹp",
  "1:1 full box",
  "copy 1:1",
  "hàng Rep",
  "SIÊU CẤP",
  "hàng nhái cao cấp",
];

const LOOKALIKES = [
  "Túi Guccii Marmont mini",
  "Đồng hồ Roleks Datejust",
  "Túi Louis Vitton Alma",
  "Nước hoa Chanal Chance",
  "Giày Adidass NMD",
  "Túi Diorr Lady",
  "Vòng Pandoraa bạc",
  "Túi Fendii Peekaboo",
  "Đồng hồ Hublott Big Bang",
  "Giày Balenciagga Speed",
  "Túi Pradda Cleo",
  "Áo khoác Burberrry",
  "Giày Conversee Chuck 70",
  "Đồng hồ Cartierr Tank",
  "Dây chuyền Swarovskii thiên nga",
];

const PRICE_FLOOR: [string, number][] = [
  ["Balo Louis Vuitton Discovery", 980_000],
  ["Túi Chanel 19 da cừu", 1_900_000],
  ["Giày lười Gucci Horsebit", 750_000],
  ["Đồng hồ Rolex Day-Date vàng", 5_500_000],
  ["Đồng hồ Hublot Classic Fusion", 1_900_000],
  ["Vòng tay Pandora Moments", 250_000],
  ["Túi Prada Galleria Saffiano", 1_600_000],
  ["Nước hoa Dior Sauvage 100ml", 390_000],
  ["Tai nghe AirPods 3", 450_000],
  ["Máy sấy tóc Dyson HD08", 1_200_000],
  ["Kính Ray-Ban Aviator Classic", 250_000],
  ["Đồng hồ Patek Philippe Nautilus", 4_900_000],
  ["Giày Nike Dunk Low Panda", 390_000],
  ["Thắt lưng Hermès khóa H", 700_000],
  ["Túi Gucci Ophidia", 1_100_000],
];

const PROHIBITED = [
  "Thuốc lá nhập khẩu Mevius cây",
  "Pháo tép Tết loại to",
  "Pháo trứng đủ cỡ giao toàn quốc",
  "Viên uống thảo dược TPCN khỏi hẳn xương khớp",
  "Thực phẩm chức năng trị dứt điểm gout",
  "Thuốc trừ sâu hàng TQ không tem",
  "Cialis 20mg hộp 4 viên",
  "Thuốc lá điện tử dùng một lần 6000 hơi",
  "Misoprostol 200mcg",
  "Thuốc diệt cỏ carbofuran",
];

const HONEST: [string, number, boolean?][] = [
  ["Bưởi da xanh loại 1 trái 1,5kg", 65_000],
  ["Sầu riêng Ri6 loại 1", 120_000],
  ["Cam sành loại 1 túi 3kg", 75_000],
  ["Hạt giống ớt chỉ thiên F1", 12_000],
  ["Hạt giống bí đỏ F1 lai", 18_000],
  ["Hạt giống dưa hấu F1 không hạt", 25_000],
  ["Ốp lưng cho Samsung Galaxy S23", 49_000],
  ["Bao da cho iPad Gen 10", 120_000],
  ["Miếng dán màn hình cho Apple Watch", 30_000],
  ["Củ sạc nhanh 20W cho iPhone", 89_000],
  ["Nước hoa chiết Dior Sauvage 10ml", 220_000],
  ["Túi đựng giày thể thao chống nước", 59_000],
  ["Giấy copy Excel A4 70gsm", 65_000],
  ["Hộp mực máy photocopy Canon", 450_000],
  ["Loa karaoke 2 channel công suất lớn", 1_200_000],
  ["Sách phân biệt hàng thật hàng giả", 79_000],
  ["Dầu gội chính hãng, chống hàng giả bằng tem QR", 150_000],
  ["Sữa rửa mặt Cerave chính hãng, không phải hàng nhái", 290_000],
  ["Giày Adidas Samba chính hãng, phát hiện fake đền gấp đôi", 2_600_000],
  ["Áo thun Lacoste chính hãng", 1_800_000, true],
  ["Giày MLB Chunky Liner chính hãng", 2_690_000, true],
  ["Son Dior Addict Lip Glow chính hãng", 950_000, true],
  ["Nước hoa Chanel Bleu EDP 100ml chính hãng", 4_200_000, true],
  ["Đồng hồ Seiko 5 Sports chính hãng", 6_500_000, true],
  ["Chanh tươi Tiền Giang 1kg", 25_000],
  ["Bánh tráng trộn loại đặc biệt", 30_000],
  ["Nón bảo hiểm nửa đầu", 120_000],
  ["Áo sơ mi nam công sở", 169_000],
  ["Túi xách nữ công sở da mềm", 249_000],
  ["Balo laptop chống sốc 15.6 inch", 189_000],
  ["Giày sneaker nữ đế độn", 210_000],
  ["Kính cận gọng tròn", 99_000],
  ["Vòng tay bạc nữ đính đá", 150_000],
  ["Đồng hồ điện tử trẻ em", 45_000],
  ["Thắt lưng da nữ bản nhỏ", 79_000],
  ["Ví nữ cầm tay mini", 99_000],
  ["Máy sấy tóc 2000W", 199_000],
  ["Tai nghe bluetooth không dây", 159_000],
  ["Sữa bột pha sẵn 110ml thùng 48 hộp", 420_000],
  ["Pháo hoa không tiếng nổ Z121", 450_000],
  ["Hoa giả trang trí bàn", 35_000],
  ["Tóc giả nữ ngắn", 150_000],
  ["Móng tay giả đính đá", 40_000],
  ["Mi giả tự nhiên 10 cặp", 35_000],
  ["Đồng hồ Rolex chính hãng 2024 fullset", 320_000_000],
  ["Túi Louis Vuitton Neverfull MM chính hãng", 52_000_000],
  ["Giày Nike Air Max 90 chính hãng", 3_500_000],
  ["Áo Adidas Tiro 23 chính hãng", 900_000],
  ["Casio MTP-1374 chính hãng", 2_100_000],
  ["Đồng hồ Omega Speedmaster chính hãng fullbox", 150_000_000],
  ["Thuốc lá rút hết khói lọc không khí", 350_000],
  ["Kẹo cao su Cool Air", 10_000],
  ["Đèn pin siêu sáng cấp cứu", 150_000],
  ["Loa Marshall Emberton chính hãng", 3_990_000],
  ["Thực phẩm chức năng bổ sung vitamin C", 120_000],
  ["Phân bón NPK Đầu Trâu 20-20-15", 450_000],
  ["Thuốc trừ sâu sinh học có nhãn Bộ NN", 85_000],
  ["Bộ lau nhà 360 độ", 169_000],
  ["Nồi chiên không dầu 6 lít", 890_000],
  ["Quạt tích điện mini", 129_000],
];

export function heldOutListings(): EvalItem[] {
  const out: EvalItem[] = [];
  BRANDS.forEach(([brand, goods], b) => {
    for (let k = 0; k < 10; k++) {
      const slang = SLANG[(b + k) % SLANG.length] as string;
      const title = k % 2 === 0 ? `${goods} ${brand} ${slang}` : `${slang} ${goods} ${brand} giá tốt`;
      out.push({ listing: written(title, 1_500_000), expected: "caution", rule: "slang", part: "held-out" });
    }
  });
  for (const title of LOOKALIKES)
    out.push({
      listing: written(title, 690_000),
      expected: "caution",
      rule: "brand_lookalike",
      part: "held-out",
    });
  for (const [title, price] of PRICE_FLOOR)
    out.push({ listing: written(title, price), expected: "caution", rule: "price_floor", part: "held-out" });
  for (const title of PROHIBITED)
    out.push({
      listing: written(title, 250_000),
      expected: "caution",
      rule: "prohibited_goods",
      part: "held-out",
    });
  for (const [title, price, official] of HONEST)
    out.push({
      listing: written(title, price, official ? { official: true } : {}),
      expected: official ? "official" : "none",
      part: "held-out",
    });
  return out;
}
