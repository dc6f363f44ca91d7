// 03 支出决算表: per row, 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出.
import { rowTotalRule } from "./row-total";

export const t03RowTotal = rowTotalRule(
  "03",
  {
    title: "支出决算表：本年支出合计应等于各项支出之和",
    titleEn: "Table 03: each row's expense total equals the sum of its expense columns",
    docs: "公开03表每行本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出；为空时可填充。",
  },
  "基本支出、项目支出等各项支出"
);
