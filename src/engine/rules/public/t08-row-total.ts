// 08 政府性基金预算财政拨款收入支出决算表: per row, 本年支出小计 = 基本支出 + 项目支出.
import { rowTotalRule } from "./row-total";

export const t08RowTotal = rowTotalRule(
  "08",
  {
    title: "政府性基金预算财政拨款收入支出决算表：本年支出小计应等于基本支出与项目支出之和",
    titleEn: "Table 08: each row's expense subtotal equals basic plus project spending",
    docs: "公开08表每行本年支出小计 = 基本支出 + 项目支出；为空时可填充。",
  },
  "基本支出与项目支出"
);
