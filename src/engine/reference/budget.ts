// 年初预算数 from this year's 部门预算 workbook. The 一般公共预算支出预算表 gives each functional code's budget (合计
// column), by code; its 合计 row the 一般公共预算 totals (合计 / 基本支出 / 项目支出). The 财政拨款 totals are the same
// when the 财政拨款收支预算总表 shows no 政府性基金 or 国有资本经营 spending; otherwise only its 合计 is known. A code of
// this year's 公开05表 that the budget table does not list had no year-start budget: 0, placed at the table's title.
import { parseAddress } from "../grid";
import { Item, functionalItem, itemById, sameName } from "../narrative/items";
import { WorkbookTables } from "../rule";
import { FigureCell, PublicTable, TableRow, findRow } from "../tables";
import { amountOfCell, sumCell, zeroCell } from "./cells";
import { DerivedFigure } from "./previous";
import { BUDGET_PREFIX, BudgetTables, ThreePublicBudgetKey } from "./types";

const THREE_PUBLIC_ITEMS: Record<ThreePublicBudgetKey, string> = {
  total: "3p.total",
  abroad: "3p.abroad",
  reception: "3p.reception",
  vehicle: "3p.vehicle",
  vehicleOps: "3p.vehicleOps",
  vehiclePurchase: "3p.vehiclePurchase",
};

/** A row's budget: its 合计, or 基本支出 + 项目支出 when 合计 is blank. */
function rowBudget(row: TableRow): FigureCell | undefined {
  const total = row.cells.total;
  if (total && total.state !== "blank") return sumCell([total], BUDGET_PREFIX);
  const parts = [row.cells.basic, row.cells.project].filter((c): c is FigureCell => !!c);
  return sumCell(parts.length ? parts : total ? [total] : [], BUDGET_PREFIX);
}

function push(figures: DerivedFigure[], id: string, cell: FigureCell | undefined): void {
  const item: Item | undefined = itemById(id);
  if (item && cell) figures.push({ item, cell });
}

/** Whether the 收支总表 shows 政府性基金 and 国有资本经营 spending as nothing (then 财政拨款 = 一般公共预算). */
function onlyGeneralBudget(summary: PublicTable | undefined): boolean {
  if (!summary) return false;
  const row = findRow(summary, "out.total") ?? findRow(summary, "out.grand");
  if (!row) return false;
  return (["gov", "soe"] as const).every((fund) => {
    const value = amountOfCell(row.cells[fund]);
    return value !== undefined && value.isZero();
  });
}

export function budgetFigures(current: WorkbookTables, budget: BudgetTables): DerivedFigure[] {
  const figures: DerivedFigure[] = [];
  const functional = budget.functional;
  if (functional && !functional.empty) {
    const total = findRow(functional, "total");
    if (total) {
      push(figures, "gpb.total", rowBudget(total));
      push(figures, "gpb.basic", total.cells.basic && sumCell([total.cells.basic], BUDGET_PREFIX));
      push(figures, "gpb.project", total.cells.project && sumCell([total.cells.project], BUDGET_PREFIX));
      if (onlyGeneralBudget(budget.summary)) {
        push(figures, "fiscal.total", rowBudget(total));
        push(figures, "fiscal.basic", total.cells.basic && sumCell([total.cells.basic], BUDGET_PREFIX));
        push(figures, "fiscal.project", total.cells.project && sumCell([total.cells.project], BUDGET_PREFIX));
      }
    }
    const at = functional.range.split(":")[0];
    const title = { sheet: functional.sheet, ...parseAddress(at), address: at };
    const depths = new Set(functional.rows.map((r) => (r.code ?? "").length));
    for (const row of current.public["05"]?.rows ?? []) {
      const code = row.code ?? row.key;
      if (row.key === "total" || !/^\d+$/.test(code)) continue;
      const budgetRow = findRow(functional, row.key) ?? functional.rows.find((r) => (r.code ?? "").length === code.length && sameName(r.name, row.name));
      // Not listed at a depth the table lists (a 项 of a table that goes down to 项): no budget. A table that stops at
      // 款 says nothing about its 项.
      const cell = budgetRow ? rowBudget(budgetRow) : depths.has(code.length) ? zeroCell(title, BUDGET_PREFIX) : undefined;
      if (cell) figures.push({ item: functionalItem(row), cell });
    }
  }
  if (!figures.some((f) => f.item.id === "fiscal.total") && budget.summary) {
    const row = findRow(budget.summary, "out.total");
    push(figures, "fiscal.total", row?.cells.total && sumCell([row.cells.total], BUDGET_PREFIX));
  }
  for (const [key, cell] of Object.entries(budget.threePublic?.cells ?? {}) as [ThreePublicBudgetKey, FigureCell | undefined][]) {
    push(figures, THREE_PUBLIC_ITEMS[key], cell && sumCell([cell], BUDGET_PREFIX));
  }
  return figures;
}
