import type { DemoItem } from "./marketplace";

// Product pages of goods the demo catalogue does not sell, drawn the same way (the sample feed's guides are for
// medicines, functional foods, cosmetics and e-cigarettes).
export const FUNCTIONAL_FOOD: DemoItem = {
  shopId: "9100000071",
  itemId: "2300000711",
  title: "Viên uống bổ gan Detox Liver thực phẩm bảo vệ sức khoẻ hộp 60 viên",
  price: 189000,
  priceMax: 189000,
  shopName: "Nhà thuốc Mẫu",
  location: "TP. Hồ Chí Minh",
  official: false,
  provenance: "synthetic: guides test",
};
export const E_CIGARETTE: DemoItem = {
  ...FUNCTIONAL_FOOD,
  itemId: "2300000712",
  title: "Máy pod vape mini 2ml nhiều vị trái cây",
  price: 250000,
  priceMax: 250000,
};
