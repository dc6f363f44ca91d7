// 公开02表 收入决算表: income by functional code, 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入
// + 附属单位上缴收入 + 其他收入.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { recognizeFunctionalTable } from "./functional";
import { TableContext } from "./table";

export const COLUMNS_02 = [
  columnSpec("total", "本年收入合计", ["合计", "收入合计", "本年收入"]),
  columnSpec("fiscal", "财政拨款收入", ["财政拨款"]),
  columnSpec("superior", "上级补助收入", []),
  columnSpec("business", "事业收入", []),
  columnSpec("operating", "经营收入", []),
  columnSpec("affiliated", "附属单位上缴收入", []),
  columnSpec("other", "其他收入", []),
];

export function recognizeTable02(context: TableContext): PublicTable | undefined {
  return recognizeFunctionalTable(context, COLUMNS_02);
}
