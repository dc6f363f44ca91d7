// 09 国有资本经营预算财政拨款支出决算表: per row, 合计 = 基本支出 + 项目支出.
import { rowTotalRule } from "./row-total";

export const t09RowTotal = rowTotalRule(
  "09",
  {
    title: "国有资本经营预算财政拨款支出决算表：合计应等于基本支出与项目支出之和",
    titleEn: "Table 09: each row's total equals basic plus project spending",
    docs: "公开09表每行本年支出合计 = 基本支出 + 项目支出；为空时可填充。",
  },
  "基本支出与项目支出"
);
