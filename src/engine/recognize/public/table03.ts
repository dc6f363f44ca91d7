// 公开03表 支出决算表: spending by functional code, 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出
// + 对附属单位补助支出.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { recognizeFunctionalTable } from "./functional";
import { TableContext } from "./table";

export const COLUMNS_03 = [
  columnSpec("total", "本年支出合计", ["合计", "支出合计"]),
  columnSpec("basic", "基本支出", []),
  columnSpec("project", "项目支出", []),
  columnSpec("toSuperior", "上缴上级支出", []),
  columnSpec("operating", "经营支出", []),
  columnSpec("affiliated", "对附属单位补助支出", []),
];

export function recognizeTable03(context: TableContext): PublicTable | undefined {
  return recognizeFunctionalTable(context, COLUMNS_03);
}
