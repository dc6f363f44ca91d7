// The 部门预算 disclosure tables (财政部's 部门预算公开 template) Juesuan reads for 年初预算数: 财政拨款收支预算总表,
// 一般公共预算支出预算表 (by 功能分类: 合计 | 基本支出 | 项目支出) and 一般公共预算“三公”经费支出预算表. Each is found by its
// title, as the 决算 tables are, and read with the recogniser of the 决算 table of the same shape (公开04表, 公开05表)
// or, for the one-row “三公” table, by its header words. Nothing else of the budget workbook is read.
import { WorkbookGrid } from "../../grid";
import { RecognitionNote } from "../../rule";
import { FigureCell, PublicKind, PublicTable } from "../../tables";
import { BudgetTables, ThreePublicBudgetKey } from "../../reference/types";
import { FigureReader } from "../public/figures";
import { columnSpec, findHeader, HeaderBlock, leafOf } from "../public/headers";
import { recognizeFunctionalTable } from "../public/functional";
import { TableAnchor } from "../public/locate";
import { readMeta } from "../public/meta";
import { NoteSink } from "../public/notes";
import { COLUMNS_05 } from "../public/table05";
import { itemKey07 } from "../public/table07";
import { categoryKey, itemText, recognizeTwoSidedTable, SideSpec } from "../public/two-sided";
import { normalizeText, stripOrdinal } from "../public/text";
import { SheetView } from "../public/view";

export type BudgetKind = "summary" | "functional" | "threePublic";

const BUDGET_TITLES: Record<BudgetKind, string> = {
  summary: "财政拨款收支预算总表",
  functional: "一般公共预算支出预算表",
  threePublic: "一般公共预算“三公”经费支出预算表",
};

/** Title variants, normalised (no spaces, no quotes, ASCII brackets), after a year / department lead-in is cut. */
const TITLE_VARIANTS: Record<BudgetKind, string[]> = {
  summary: ["财政拨款收支预算总表", "财政拨款收支总表", "财政拨款收入支出预算总表"],
  functional: [
    "一般公共预算支出预算表",
    "一般公共预算支出表",
    "一般公共预算财政拨款支出预算表",
    "一般公共预算财政拨款支出表",
    "一般公共预算支出功能分类预算表",
  ],
  threePublic: [
    "一般公共预算三公经费支出预算表",
    "一般公共预算三公经费支出表",
    "财政拨款三公经费支出预算表",
    "一般公共预算财政拨款三公经费支出预算表",
    "三公经费支出预算表",
  ],
};

const KIND_BY_TITLE = new Map<string, BudgetKind>();
for (const [kind, titles] of Object.entries(TITLE_VARIANTS) as [BudgetKind, string[]][]) for (const t of titles) KIND_BY_TITLE.set(t, kind);

/** Reads a title cell: "表5", "2025年", the department and "(按功能分类)" around the title are not part of it. */
export function budgetTitleKind(raw: string): BudgetKind | undefined {
  let text = normalizeText(raw);
  if (!text.includes("表") || text.length > 60) return undefined;
  text = text.replace(/^(附)?表\d+[-－—.、:]?/, "");
  text = text.replace(/^.*?\d{4}年度?/, "").replace(/^(部门|单位)/, "");
  text = text.replace(/\((按)?(支出)?功能(分类)?(科目)?\)$/, "").replace(/\((按)?功能科目\)$/, "");
  return KIND_BY_TITLE.get(stripOrdinal(text));
}

/** The 决算 table whose shape (and recogniser) a budget table shares; the kind its FigureCells are read as. */
const SHAPE: Record<Exclude<BudgetKind, "threePublic">, PublicKind> = { summary: "04", functional: "05" };

// 财政拨款收支预算总表: 收入 (一、本年收入, 一般公共预算拨款 …, 二、上年结转, 收入总计) | 支出 (一、本年支出 with
// 合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算, the 类 rows, 二、年终结转结余, 支出总计).
const BUDGET_INCOME: Record<string, string> = {
  本年收入: "in.total",
  本年收入合计: "in.total",
  一般公共预算拨款: "in.gpb",
  一般公共预算拨款收入: "in.gpb",
  一般公共预算: "in.gpb",
  政府性基金预算拨款: "in.gov",
  政府性基金预算拨款收入: "in.gov",
  政府性基金预算: "in.gov",
  国有资本经营预算拨款: "in.soe",
  国有资本经营预算拨款收入: "in.soe",
  国有资本经营预算: "in.soe",
  上年结转: "in.carryIn",
  上年结转结余: "in.carryIn",
  收入总计: "in.grand",
  总计: "in.grand",
};

const BUDGET_EXPENSE: Record<string, string> = {
  本年支出: "out.total",
  本年支出合计: "out.total",
  支出合计: "out.total",
  年终结转结余: "out.carryOut",
  年末结转结余: "out.carryOut",
  支出总计: "out.grand",
  总计: "out.grand",
};

const SUMMARY_SIDES: [SideSpec, SideSpec] = [
  {
    side: "in",
    columns: [columnSpec("amount", "预算数", ["金额", "本年预算数", "预算金额"])],
    classifier: () => (name) => BUDGET_INCOME[itemText(name)],
    requiredRows: [],
  },
  {
    side: "out",
    columns: [
      columnSpec("total", "合计", ["小计", "预算数"]),
      columnSpec("gpb", "一般公共预算", ["一般公共预算拨款", "一般公共预算财政拨款"]),
      columnSpec("gov", "政府性基金预算", ["政府性基金预算拨款", "政府性基金预算财政拨款"]),
      columnSpec("soe", "国有资本经营预算", ["国有资本经营预算拨款", "国有资本经营预算财政拨款"]),
    ],
    classifier: () => (name) => BUDGET_EXPENSE[itemText(name)] ?? categoryKey(name),
    requiredRows: [],
  },
];

const THREE_PUBLIC_WORDS = new Set(["合计", "因公出国(境)费", "因公出国(境)费用", "公务接待费", "公务用车购置及运行费", "公务用车购置及运行维护费", "项目"]);

/** The one-row “三公” table: each item's column by its header (公务用车购置及运行费 over 小计 | 购置费 | 运行费). */
function readThreePublic(view: SheetView, anchor: TableAnchor, notes: NoteSink): BudgetTables["threePublic"] {
  const header = findHeader(view, anchor.top + 1, anchor.limit, { start: THREE_PUBLIC_WORDS });
  if (!header) return undefined;
  const columns = new Map<string, number>();
  for (let col = header.left; col <= header.right; col++) {
    const key = threePublicKey(header, col);
    if (key && !columns.has(key)) columns.set(key, col);
  }
  if (columns.size === 0) return undefined;
  const reader = new FigureReader(view, notes, "07", new Set(columns.values()));
  for (let row = header.dataStart; row <= Math.min(anchor.limit, header.dataStart + 5); row++) {
    if (view.isBlankRow(row)) continue;
    const cells = reader.readRow(row, columns) as Partial<Record<ThreePublicBudgetKey, FigureCell>>;
    return { sheet: view.name, cells };
  }
  return undefined;
}

function threePublicKey(header: HeaderBlock, col: number): ThreePublicBudgetKey | undefined {
  const leaf = leafOf(header, col);
  const stack = header.stacks.get(col) ?? [];
  if (/^(小计|合计)$/.test(leaf) && stack.some((t) => t.includes("购置及运行"))) return "vehicle";
  if (leaf === "购置费" || leaf === "运行费" || leaf === "运行维护费") return leaf === "购置费" ? "vehiclePurchase" : "vehicleOps";
  return itemKey07(leaf) as ThreePublicBudgetKey | undefined;
}

/** Notes of a recogniser borrowed from a 决算 table, reworded for the budget table and kept as 信息. */
function budgetNotes(sink: NoteSink, kind: BudgetKind): RecognitionNote[] {
  return sink.notes.map((note) => ({
    ...note,
    severity: "info" as const,
    table: undefined,
    message: `本年预算工作簿《${BUDGET_TITLES[kind]}》：${note.message.replace(/[^，。]*（公开0\d表）|[^，。]*决算[总]?表/g, "该表")}`,
  }));
}

/** Every budget table of the workbook (the first of each kind), with the department and year they state. */
export function recognizeBudgetTables(grid: WorkbookGrid): BudgetTables {
  const result: BudgetTables = { notes: [] };
  for (const sheet of grid.sheets) {
    const view = new SheetView(sheet);
    const titles: { kind: BudgetKind; row: number; col: number }[] = [];
    for (let r = 1; r <= Math.min(view.rowCount, 400); r++) {
      for (const c of view.filledColumns(r)) {
        const kind = budgetTitleKind(view.rawText(r, c));
        if (kind) titles.push({ kind, row: r, col: c });
      }
    }
    titles.forEach((title, index) => {
      const limit = (titles[index + 1]?.row ?? view.rowCount + 1) - 1;
      const sink = new NoteSink();
      if (title.kind === "threePublic") {
        if (result.threePublic) return;
        const anchor: TableAnchor = { kind: "07", top: title.row, limit, title: { row: title.row, col: title.col } };
        result.threePublic = readThreePublic(view, anchor, sink);
        if (result.threePublic) takeMeta(result, readMeta(view, title.row, title.row + 3));
      } else {
        if (result[title.kind]) return;
        const anchor: TableAnchor = { kind: SHAPE[title.kind], top: title.row, limit, title: { row: title.row, col: title.col } };
        const context = { view, anchor, notes: sink, anchorsInSheet: 1 };
        const table: PublicTable | undefined =
          title.kind === "summary" ? recognizeTwoSidedTable(context, SUMMARY_SIDES) : recognizeFunctionalTable(context, COLUMNS_05);
        if (table) {
          result[title.kind] = table;
          takeMeta(result, table);
        }
      }
      result.notes.push(...budgetNotes(sink, title.kind));
    });
  }
  return result;
}

function takeMeta(result: BudgetTables, meta: { department?: string; year?: string }): void {
  if (result.department === undefined && meta.department) result.department = meta.department;
  if (result.year === undefined && meta.year) result.year = meta.year;
}

/** Whether anything was found: a workbook without any budget table is not a budget workbook. */
export function hasBudgetTables(tables: BudgetTables): boolean {
  return !!(tables.summary || tables.functional || tables.threePublic);
}
