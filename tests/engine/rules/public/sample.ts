// The nine 公开 tables of the reference sample (shared/samples/000_dee175dac44828f2.txt, 第四部分) as recognised
// tables, figure for figure, read from the one transcription in tests/fixtures/sample-data.ts. `sample(changes)`
// gives the same tables with some figures changed.
import { WorkbookTables } from "../../../../src/engine/rule";
import { COLUMN_KEYS, PublicKind } from "../../../../src/engine/tables";
import * as fixture from "../../../fixtures/sample-data";
import { RowFigures, RowSpec, table, workbook } from "./tables";

/** [table, row key, column, new shown text ("" blank, null no cell)]. */
export type Change = [kind: PublicKind, row: string, column: string, value: string | null];

/** Figures under their column keys, shown as the "#,##0.00" cells show them ("2,259.73"). */
function figuresBy(columns: readonly string[], figures: fixture.Figure[]): RowFigures {
  return Object.fromEntries(columns.map((column, i) => [column, fixture.groupedFigure(figures[i] ?? "")]));
}

/**
 * 01 and 04: the keyed income items, then the keyed expense items (the numbered blank lines carry no key).
 * An expense row of 04 has total | gpb | gov | soe; every other side one amount.
 */
function twoSidedRows(source: fixture.TwoSidedTable, expenseColumns: readonly string[]): RowSpec[] {
  const keyed = (items: fixture.SideItem[], columns: readonly string[]): RowSpec[] =>
    items.flatMap((item): RowSpec[] => (item.key ? [[item.key, figuresBy(columns, item.figures), item.name]] : []));
  return [
    ...keyed(source.rows.map((r) => r.income), ["amount"]),
    ...keyed(source.rows.map((r) => r.expense), expenseColumns),
  ];
}

/** 02, 03, 05, 08, 09: 合计 and one row per code (08 and 09 print only an empty 合计 row). */
function codedRows(source: fixture.CodedTable, columns: readonly string[]): RowSpec[] {
  return source.rows.map((row): RowSpec => [row.key, figuresBy(columns, row.figures), row.name]);
}

/**
 * 31206 其他资本性补助 is sample-data's stand-in for a row whose name is in no code list (the PDF prints 3120):
 * recognising the sample leaves it out (see tests/engine/recognize/public/index.test.ts), so these tables do too.
 */
const UNLISTED_06 = "31206";

/** 06 with the full five-digit codes a real workbook has (the PDF cut them to four) and the sample's names. */
function rows06(): RowSpec[] {
  const amount = (figure: fixture.Figure): RowFigures => figuresBy(["amount"], [figure]);
  const { groups, personnelTotal, publicTotal } = fixture.TABLE_06;
  const items = groups.flatMap((group) => group.items).filter((item) => item.code !== UNLISTED_06);
  return [
    ...items.map((item): RowSpec => [item.code, amount(item.amount), item.name]),
    ["personnelTotal", amount(personnelTotal.amount), personnelTotal.label],
    ["publicTotal", amount(publicTotal.amount), publicTotal.label],
  ];
}

function rows07(): RowSpec[] {
  return fixture.TABLE_07.rows.map((row): RowSpec => {
    const figures = figuresBy(COLUMN_KEYS["07"], [row.budget, row.actual]);
    return [row.key, figures, row.name];
  });
}

const ROWS: Record<PublicKind, () => RowSpec[]> = {
  "01": () => twoSidedRows(fixture.TABLE_01, ["amount"]),
  "02": () => codedRows(fixture.TABLE_02, COLUMN_KEYS["02"]),
  "03": () => codedRows(fixture.TABLE_03, COLUMN_KEYS["03"]),
  "04": () => twoSidedRows(fixture.TABLE_04, COLUMN_KEYS["04"]),
  "05": () => codedRows(fixture.TABLE_05, COLUMN_KEYS["05"]),
  "06": rows06,
  "07": rows07,
  "08": () => codedRows(fixture.TABLE_08, COLUMN_KEYS["08"]),
  "09": () => codedRows(fixture.TABLE_09, COLUMN_KEYS["09"]),
};

/** The sample's rows of one table, with changes applied (a change to a row not listed adds it at the end). */
export function sampleRows(kind: PublicKind, changes: Change[] = []): RowSpec[] {
  const rows = ROWS[kind]().map(([key, figures = {}, name]): RowSpec => [key, { ...figures }, name]);
  for (const [changeKind, rowKey, column, value] of changes) {
    if (changeKind !== kind) continue;
    let row = rows.find(([key]) => key === rowKey);
    if (!row) {
      row = [rowKey, {}, ""];
      rows.push(row);
    }
    row[1]![column] = value;
  }
  return rows;
}

/** The sample's nine tables; `only` keeps some of them (the others absent). */
export function sample(changes: Change[] = [], only?: PublicKind[]): WorkbookTables {
  const kinds: PublicKind[] = only ?? ["01", "02", "03", "04", "05", "06", "07", "08", "09"];
  return workbook(...kinds.map((kind) => table(kind, sampleRows(kind, changes))));
}
