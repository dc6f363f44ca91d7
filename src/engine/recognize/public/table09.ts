// 公开09表 国有资本经营预算财政拨款支出决算表: by functional code, 合计 = 基本支出 + 项目支出. Most departments
// print it empty.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { recognizeFunctionalTable } from "./functional";
import { TableContext } from "./table";

const COLUMNS_09 = [
  columnSpec("total", "合计", ["小计", "本年支出合计", "本年支出小计"]),
  columnSpec("basic", "基本支出", []),
  columnSpec("project", "项目支出", []),
];

export function recognizeTable09(context: TableContext): PublicTable | undefined {
  return recognizeFunctionalTable(context, COLUMNS_09);
}
