// 公开08表 政府性基金预算财政拨款收入支出决算表: by functional code; 本年支出小计 = 基本 + 项目 and
// 年末结转和结余 = 年初 + 本年收入 − 本年支出. Most departments print it empty.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { recognizeFunctionalTable } from "./functional";
import { TableContext } from "./table";

const COLUMNS_08 = [
  columnSpec("carryIn", "年初结转和结余", ["年初结转结余", "上年结转和结余", "年初财政拨款结转和结余"]),
  columnSpec("income", "本年收入", ["本年收入合计"]),
  columnSpec("total", "小计", ["合计", "本年支出小计", "本年支出合计"]),
  columnSpec("basic", "基本支出", []),
  columnSpec("project", "项目支出", []),
  columnSpec("carryOut", "年末结转和结余", ["年末结转结余", "年末财政拨款结转和结余"]),
];

export function recognizeTable08(context: TableContext): PublicTable | undefined {
  return recognizeFunctionalTable(context, COLUMNS_08);
}
