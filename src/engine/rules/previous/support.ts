// What the cross-year rules share: last year's tables only when they fit (year − 1, same department), and one
// check of "this year's opening balance = last year's closing balance" that names both cells, last year's as
// "上年:Sheet!A1".
import { renamed } from "../../reference/cells";
import { PREVIOUS_PREFIX } from "../../reference/types";
import { RuleContext, WorkbookTables } from "../../rule";
import { FigureCell, PUBLIC_TITLES, PublicKind, findRow } from "../../tables";
import { effectiveCell } from "../../figures/effective-cell";
import { reportEqual, SUM_MESSAGES } from "../support";

/** Last year's tables, when given and fitting. */
export function previousOf(context: RuleContext): WorkbookTables | undefined {
  return context.tables.crossYear?.previous;
}

interface CarrySpec {
  kind: PublicKind;
  /** This year's row and column of the opening balance, last year's of the closing balance. */
  opening: [string, string];
  closing: [string, string];
  /** What the balance is, in the message: "年初结转和结余". */
  subject: string;
}

function cellOf(tables: WorkbookTables, kind: PublicKind, [row, column]: [string, string]): FigureCell | undefined {
  const table = tables.public[kind];
  const cell = table && findRow(table, row)?.cells[column];
  return cell && effectiveCell(tables, cell);
}

/** The messages of the carry-in rules: reportSum's, and a table last year's workbook lacks. */
export const CARRY_MESSAGES = {
  ...SUM_MESSAGES,
  tableMissingLastYear: "上年决算工作簿中没有{{table}}（公开{{kind}}表），{{what}}未与上年核对",
};

/** Checks one opening balance against last year's closing one; false when either cell is not there. */
export function checkCarry(context: RuleContext, previous: WorkbookTables, spec: CarrySpec): boolean {
  const opening = cellOf(context.tables, spec.kind, spec.opening);
  const closing = cellOf(previous, spec.kind, spec.closing);
  if (!opening || !closing) return false;
  reportEqual(context, {
    table: spec.kind,
    target: opening,
    source: renamed(closing, PREVIOUS_PREFIX),
    message: `${spec.subject}应等于上年决算${PUBLIC_TITLES[spec.kind]}（${PREVIOUS_PREFIX}${closing.sheet}!${closing.address}）的年末数`,
  });
  return true;
}

/** Said once when this year's table is there but last year's workbook lacks it: the balances were not compared. */
export function reportTableMissingLastYear(context: RuleContext, previous: WorkbookTables, kind: PublicKind, what: string): boolean {
  const table = context.tables.public[kind];
  if (!table || previous.public[kind]) return false;
  context.report({
    severity: "info",
    table: kind,
    sheet: table.sheet,
    cell: table.range.split(":")[0],
    related: [],
    expected: null,
    actual: null,
    messageId: "tableMissingLastYear",
    data: { table: PUBLIC_TITLES[kind], kind, what },
  });
  return true;
}
