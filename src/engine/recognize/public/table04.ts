// 公开04表 财政拨款收入支出决算总表: income from the three funds, 本年收入合计, 年初财政拨款结转和结余 with its three
// fund sub-rows, 总计 on the left (one 金额 column); spending categories, 本年支出合计, 年末财政拨款结转和结余, 总计 on
// the right, each with 合计 and one column per fund.
import { PublicTable } from "../../tables";
import { columnSpec } from "./headers";
import { TableContext } from "./table";
import { categoryKey, itemText, recognizeTwoSidedTable, SideSpec } from "./two-sided";

const FUNDS: Record<string, "gpb" | "gov" | "soe"> = {
  一般公共预算财政拨款: "gpb",
  一般公共预算财政拨款收入: "gpb",
  一般公共预算: "gpb",
  政府性基金预算财政拨款: "gov",
  政府性基金预算财政拨款收入: "gov",
  政府性基金预算: "gov",
  国有资本经营预算财政拨款: "soe",
  国有资本经营预算财政拨款收入: "soe",
  国有资本经营预算: "soe",
};

const INCOME_TOTALS: Record<string, string> = {
  本年收入合计: "in.total",
  收入合计: "in.total",
  年初财政拨款结转和结余: "in.carryIn",
  年初结转和结余: "in.carryIn",
  总计: "in.grand",
  收入总计: "in.grand",
};

const EXPENSE_TOTALS: Record<string, string> = {
  本年支出合计: "out.total",
  支出合计: "out.total",
  年末财政拨款结转和结余: "out.carryOut",
  年末结转和结余: "out.carryOut",
  总计: "out.grand",
  支出总计: "out.grand",
};

/** The fund rows name their fund twice: first as this year's income, then under 年初财政拨款结转和结余. */
function incomeClassifier(): (name: string) => string | undefined {
  let underCarryIn = false;
  return (name) => {
    const text = itemText(name);
    const total = INCOME_TOTALS[text];
    if (total) {
      underCarryIn = total === "in.carryIn";
      return total;
    }
    const fund = FUNDS[text];
    if (!fund) return undefined;
    return underCarryIn ? `in.carryIn.${fund}` : `in.${fund}`;
  };
}

const INCOME_SIDE_04: SideSpec = {
  side: "in",
  columns: [columnSpec("amount", "金额", ["决算数", "本年决算数", "决算金额"])],
  classifier: incomeClassifier,
  requiredRows: [
    { key: "in.total", label: "本年收入合计" },
    { key: "in.grand", label: "总计" },
  ],
};

const EXPENSE_SIDE_04: SideSpec = {
  side: "out",
  columns: [
    columnSpec("total", "合计", ["小计"]),
    columnSpec("gpb", "一般公共预算财政拨款", ["一般公共预算财政拨款支出", "一般公共预算"]),
    columnSpec("gov", "政府性基金预算财政拨款", ["政府性基金预算财政拨款支出", "政府性基金预算"]),
    columnSpec("soe", "国有资本经营预算财政拨款", ["国有资本经营预算财政拨款支出", "国有资本经营预算"]),
  ],
  classifier: () => (name) => EXPENSE_TOTALS[itemText(name)] ?? categoryKey(name),
  requiredRows: [
    { key: "out.total", label: "本年支出合计" },
    { key: "out.grand", label: "总计" },
  ],
};

export function recognizeTable04(context: TableContext): PublicTable | undefined {
  return recognizeTwoSidedTable(context, [INCOME_SIDE_04, EXPENSE_SIDE_04]);
}
