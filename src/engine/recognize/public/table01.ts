// 公开01表 收入支出决算总表: income items 1–8, 本年收入合计, 使用非财政拨款结余, 年初结转和结余, 总计 on the left;
// the 26 spending categories, 本年支出合计, 结余分配, 年末结转和结余, 总计 on the right. One figure per item.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { TableContext } from "./table";
import { categoryKey, itemText, recognizeTwoSidedTable, SideSpec } from "./two-sided";

const AMOUNT = [columnSpec("amount", "金额", ["决算数", "本年决算数", "决算金额"])];

const INCOME_ITEMS: Record<string, string> = {
  一般公共预算财政拨款收入: "in.gpb",
  一般公共预算财政拨款: "in.gpb",
  政府性基金预算财政拨款收入: "in.gov",
  政府性基金预算财政拨款: "in.gov",
  国有资本经营预算财政拨款收入: "in.soe",
  国有资本经营预算财政拨款: "in.soe",
  上级补助收入: "in.superior",
  事业收入: "in.business",
  经营收入: "in.operating",
  附属单位上缴收入: "in.affiliated",
  其他收入: "in.other",
  本年收入合计: "in.total",
  收入合计: "in.total",
  使用非财政拨款结余: "in.nonFiscalSurplus",
  "使用非财政拨款结余(含专用结余)": "in.nonFiscalSurplus",
  年初结转和结余: "in.carryIn",
  年初结转结余: "in.carryIn",
  上年结转和结余: "in.carryIn",
  总计: "in.grand",
  收入总计: "in.grand",
};

const EXPENSE_TOTALS: Record<string, string> = {
  本年支出合计: "out.total",
  支出合计: "out.total",
  结余分配: "out.surplusDist",
  年末结转和结余: "out.carryOut",
  年末结转结余: "out.carryOut",
  总计: "out.grand",
  支出总计: "out.grand",
};

const INCOME_SIDE_01: SideSpec = {
  side: "in",
  columns: AMOUNT,
  classifier: () => (name) => INCOME_ITEMS[itemText(name)],
  requiredRows: [
    { key: "in.total", label: "本年收入合计" },
    { key: "in.grand", label: "总计" },
  ],
};

const EXPENSE_SIDE_01: SideSpec = {
  side: "out",
  columns: AMOUNT,
  classifier: () => (name) => EXPENSE_TOTALS[itemText(name)] ?? categoryKey(name),
  requiredRows: [
    { key: "out.total", label: "本年支出合计" },
    { key: "out.grand", label: "总计" },
  ],
};

export function recognizeTable01(context: TableContext): PublicTable | undefined {
  return recognizeTwoSidedTable(context, [INCOME_SIDE_01, EXPENSE_SIDE_01]);
}
