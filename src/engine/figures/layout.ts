// What the 公开 tables hold, as the identity rules need it: the Chinese names of columns and rows, the columns a
// row total adds up, and the code hierarchy (a 类 holds the 款 whose codes start with its code, a 款 its 项).
import { memoizeText, memoOn } from "../memo";
import { PUBLIC_TITLES, PublicKind, PublicTable, TableRow } from "../tables";

/** The table's name as findings mention it: "收入决算表（公开02表）". */
export function tableName(kind: PublicKind): string {
  return `${PUBLIC_TITLES[kind]}（公开${kind}表）`;
}

/** Column headers in Chinese, by table and canonical column key. */
const COLUMN_LABELS: Partial<Record<PublicKind, Record<string, string>>> = {
  "02": {
    total: "本年收入合计",
    fiscal: "财政拨款收入",
    superior: "上级补助收入",
    business: "事业收入",
    operating: "经营收入",
    affiliated: "附属单位上缴收入",
    other: "其他收入",
  },
  "03": {
    total: "本年支出合计",
    basic: "基本支出",
    project: "项目支出",
    toSuperior: "上缴上级支出",
    operating: "经营支出",
    affiliated: "对附属单位补助支出",
  },
  "04": { total: "合计", gpb: "一般公共预算财政拨款", gov: "政府性基金预算财政拨款", soe: "国有资本经营预算财政拨款" },
  "05": { total: "本年支出小计", basic: "基本支出", project: "项目支出" },
  "07": { budget: "预算数", actual: "决算数" },
  "08": {
    carryIn: "年初结转和结余",
    income: "本年收入",
    total: "本年支出小计",
    basic: "基本支出",
    project: "项目支出",
    carryOut: "年末结转和结余",
  },
  "09": { total: "本年支出合计", basic: "基本支出", project: "项目支出" },
};

export function columnLabel(kind: PublicKind, column: string): string {
  return COLUMN_LABELS[kind]?.[column] ?? "";
}

/** The figure columns of the tables laid out by code (02, 03, 05, 08, 09). */
export const CODED_COLUMNS: Record<"02" | "03" | "05" | "08" | "09", string[]> = {
  "02": ["total", "fiscal", "superior", "business", "operating", "affiliated", "other"],
  "03": ["total", "basic", "project", "toSuperior", "operating", "affiliated"],
  "05": ["total", "basic", "project"],
  "08": ["carryIn", "income", "total", "basic", "project", "carryOut"],
  "09": ["total", "basic", "project"],
};

export type CodedKind = keyof typeof CODED_COLUMNS;
export const CODED_KINDS: CodedKind[] = ["02", "03", "05", "08", "09"];

/** Per row of a coded table, the "total" column is the sum of these columns (08: 本年支出小计 only). */
export const ROW_TOTAL_PARTS: Record<CodedKind, string[]> = {
  "02": ["fiscal", "superior", "business", "operating", "affiliated", "other"],
  "03": ["basic", "project", "toSuperior", "operating", "affiliated"],
  "05": ["basic", "project"],
  "08": ["basic", "project"],
  "09": ["basic", "project"],
};

/** The three kinds of 财政拨款 in 01 and 04, the 04 expense columns that hold them, and 04's 年初 sub-rows. */
export const FISCAL_COLUMNS_04 = ["gpb", "gov", "soe"] as const;
export const EXPENSE_COLUMNS_04 = ["total", "gpb", "gov", "soe"] as const;
export const CARRY_IN_PARTS_04 = ["in.carryIn.gpb", "in.carryIn.gov", "in.carryIn.soe"] as const;

/** 06: 人员经费合计 and 公用经费合计 by economic 类. */
export { PERSONNEL_CLASSES, PUBLIC_CLASSES } from "../codes";

/** The code a row stands for: its code, or a key made only of digits. */
export function codeOf(row: TableRow): string | undefined {
  if (row.code) return row.code;
  return /^\d+$/.test(row.key) ? row.key : undefined;
}

/** "201 一般公共服务支出", "合计", or the row's own name. */
export function rowLabel(row: TableRow): string {
  if (row.key === "total") return "合计";
  const code = codeOf(row);
  let name = plainName(row.name);
  if (!code) return name || row.key;
  if (name.startsWith(code)) name = name.slice(code.length);
  return name ? `${code} ${name}` : code;
}

/** The 01/04 expense category rows: out.201 … out.234. */
export function categoryRows(table: PublicTable): TableRow[] {
  return table.rows.filter((row) => /^out\.\d{3}$/.test(row.key));
}

export function categoryCode(row: TableRow): string {
  return row.key.slice("out.".length);
}

/** Which rows sum up into which, by code prefix. The 合计 row holds the top-level rows (normally the 类). */
interface CodeTree {
  /** Row key → keys of the rows directly below it. Only rows with children appear. */
  children: Map<string, string[]>;
  /** Rows with no listed parent. */
  topLevel: string[];
}

const ROW_INDEX = Symbol("rows by key");

/**
 * The table's row with this key (the first, when a key is listed twice, as findRow gives it), from an index built
 * once per table: rules look rows up for every figure, and scanning a 10,000-row table each time took minutes.
 */
export function rowByKey(table: PublicTable, key: string): TableRow | undefined {
  // A named function, not an arrow: an arrow here would be a new closure on each of a check's thousands of lookups.
  return memoOn(table, ROW_INDEX, indexRowsByKey).get(key);
}

function indexRowsByKey(table: PublicTable): Map<string, TableRow> {
  const byKey = new Map<string, TableRow>();
  for (const row of table.rows) if (!byKey.has(row.key)) byKey.set(row.key, row);
  return byKey;
}

const CODE_TREE = Symbol("code tree");

/**
 * A row's parent is the listed row with the longest code that is a proper prefix of its own, so a 项 listed
 * without its 款 still adds up into its 类. A row with no children listed is a leaf.
 */
export function codeTree(table: PublicTable): CodeTree {
  return memoOn(table, CODE_TREE, buildCodeTree);
}

function buildCodeTree(table: PublicTable): CodeTree {
  const coded: { key: string; code: string }[] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const code = codeOf(row);
    // A code listed twice would be counted twice; the first row stands for it.
    if (!code || seen.has(code)) continue;
    seen.add(code);
    coded.push({ key: row.key, code });
  }
  const children = new Map<string, string[]>();
  const topLevel: string[] = [];
  // Looking the prefixes up, longest first, keeps a 10,000-row table linear instead of comparing every pair.
  const byCode = new Map(coded.map((row) => [row.code, row]));
  for (const row of coded) {
    let parent: { key: string; code: string } | undefined;
    for (let length = row.code.length - 1; length > 0 && !parent; length--) parent = byCode.get(row.code.slice(0, length));
    if (!parent) topLevel.push(row.key);
    else children.set(parent.key, [...(children.get(parent.key) ?? []), row.key]);
  }
  return { children, topLevel };
}

/** The rows a row of a coded table adds up: the top-level rows for 合计, the rows below it for a code. */
export function hierarchyChildren(table: PublicTable, rowKey: string): string[] | undefined {
  const tree = codeTree(table);
  if (rowKey === "total") return tree.topLevel.length ? tree.topLevel : undefined;
  return tree.children.get(rowKey);
}

/** "各类", "各款", "各项" by the level of the children's codes. */
export function childLevelName(table: PublicTable, childKeys: string[]): string {
  const lengths = new Set(childKeys.map((key) => codeOf(rowByKey(table, key)!)?.length ?? 0));
  if (lengths.size === 1) {
    const [length] = lengths;
    if (length === 3) return "各类";
    if (length === 5) return "各款";
    if (length === 7) return "各项";
  }
  return "各下级科目";
}

/** A row name without its ordinal and spacing: "一、一般公共服务支出" → "一般公共服务支出", "其中：(1) 运行维护费" → "运行维护费". */
export const plainName = memoizeText((name: string): string =>
  name
    .replace(/[\s\u00A0\u3000]+/g, "")
    .replace(/^其中[:：]?/, "")
    .replace(/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)][、.．]?)+/, "")
);

/** How a message names a row: "合计行" or "“201 一般公共服务支出”". */
export function rowSubject(row: TableRow): string {
  return row.key === "total" ? "合计行" : `“${rowLabel(row)}”`;
}

/** The row of a code ("2080505", "30110"), whatever its key. */
export function rowByCode(table: PublicTable, code: string): TableRow | undefined {
  return table.rows.find((row) => codeOf(row) === code);
}
