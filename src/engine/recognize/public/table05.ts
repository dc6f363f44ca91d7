// 公开05表 一般公共预算财政拨款支出决算表: by functional code, 小计 = 基本支出 + 项目支出.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { recognizeFunctionalTable } from "./functional";
import { TableContext } from "./table";

export const COLUMNS_05 = [
  columnSpec("total", "小计", ["合计", "本年支出合计", "本年支出小计", "支出合计"]),
  columnSpec("basic", "基本支出", []),
  columnSpec("project", "项目支出", []),
];

export function recognizeTable05(context: TableContext): PublicTable | undefined {
  return recognizeFunctionalTable(context, COLUMNS_05);
}
