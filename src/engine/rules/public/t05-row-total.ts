// 05 一般公共预算财政拨款支出决算表: per row, 小计 = 基本支出 + 项目支出.
import { rowTotalRule } from "./row-total";

export const t05RowTotal = rowTotalRule(
  "05",
  {
    title: "一般公共预算财政拨款支出决算表：小计应等于基本支出与项目支出之和",
    titleEn: "Table 05: each row's subtotal equals basic plus project spending",
    docs: "公开05表每行本年支出小计 = 基本支出 + 项目支出；为空时可填充。",
  },
  "基本支出与项目支出"
);
