// 02 收入决算表: per row, 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入.
import { rowTotalRule } from "./row-total";

export const t02RowTotal = rowTotalRule(
  "02",
  {
    title: "收入决算表：本年收入合计应等于各项收入之和",
    titleEn: "Table 02: each row's income total equals the sum of its income columns",
    docs: "公开02表每行本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入；为空时可填充。",
  },
  "各项收入"
);
