// The items a narrative names and where each one's figure lives: "收入总计" is 01's 总计, "基本支出" is 03's
// 基本支出 column in part 一 but the 财政拨款 basic spending (05 + 08 + 09) in part 二, "公务接待费" is 07's row.
// A phrase is matched whole, after numbering, a year and quotes are stripped (text.ts itemPhrase).
import { memoizeText } from "../memo";
import { FUNCTIONAL_CATEGORIES, functionalCategoryByName } from "../codes";
import { WorkbookTables } from "../rule";
import { FigureCell, PublicKind, PublicTable, TableRow, findRow } from "../tables";
import { normalizePhrase } from "./text";
import { Section } from "./types";

/** An item a sentence talks about. */
export interface Item {
  /** Stable key: "income.grand", "fn:2013101", "3p.reception". */
  id: string;
  /** The name findings and the 参考数据 sheet use. */
  label: string;
  code?: string;
  /** Normalised phrases that name it, the label's among them. */
  aliases: string[];
  /** The table its figure comes from, for messages. */
  table?: PublicKind;
  /**
   * The cells whose sum is the item's figure this year; undefined when the tables do not hold it (the table is
   * missing, or the item is never in the nine tables, like 机关运行经费).
   */
  cells(tables: WorkbookTables): FigureCell[] | undefined;
  /** The cells of its budget, when a table holds it (07 预算数); otherwise 年初预算数 comes from 参考数据. */
  budgetCells?(tables: WorkbookTables): FigureCell[] | undefined;
}

/** [table, row key, column key] of a cell that is part of an item's figure. */
type CellSpec = [PublicKind, string, string];

/** The cells named by `specs`, from tables that exist; undefined when none of their tables is there. */
function cellsFrom(tables: WorkbookTables, specs: CellSpec[]): FigureCell[] | undefined {
  let anyTable = false;
  const cells: FigureCell[] = [];
  for (const [kind, rowKey, column] of specs) {
    const table = tables.public[kind];
    if (!table) continue;
    // A column the recogniser did not find is not a column of zeros: the figure is not known.
    if (!table.empty && !table.columns.includes(column)) return undefined;
    anyTable = true;
    const cell = findRow(table, rowKey)?.cells[column];
    if (cell) cells.push(cell);
  }
  return anyTable ? cells : undefined;
}

/** The first of several ways to find a figure that the tables allow. */
function firstOf(tables: WorkbookTables, ...ways: CellSpec[][]): FigureCell[] | undefined {
  for (const specs of ways) {
    const cells = cellsFrom(tables, specs);
    if (cells) return cells;
  }
  return undefined;
}

interface ItemSpec {
  id: string;
  label: string;
  aliases?: string[];
  sections?: Section[];
  table?: PublicKind;
  cells: (tables: WorkbookTables) => FigureCell[] | undefined;
  budgetCells?: (tables: WorkbookTables) => FigureCell[] | undefined;
}

const ALL_SECTIONS: Section[] = ["overall", "fiscal", "gpb", "threePublic", "basic", "other", "perf"];

function income01(id: string, label: string, rowKey: string, aliases: string[] = []): ItemSpec {
  return { id, label, aliases, table: "01", cells: (t) => cellsFrom(t, [["01", rowKey, "amount"]]) };
}

function spending03(id: string, label: string, column: string, aliases: string[] = [], sections?: Section[]): ItemSpec {
  return { id, label, aliases, sections, table: "03", cells: (t) => cellsFrom(t, [["03", "total", column]]) };
}

function economic06(code: string, label: string, aliases: string[] = []): ItemSpec {
  return { id: `econ:${code}`, label, aliases, sections: ["overall", "basic"], table: "06", cells: (t) => cellsFrom(t, [["06", code, "amount"]]) };
}

function threePublic(id: string, rowKey: string, label: string, aliases: string[] = []): ItemSpec {
  return {
    id,
    label,
    aliases,
    table: "07",
    cells: (t) => cellsFrom(t, [["07", rowKey, "actual"]]),
    budgetCells: (t) => cellsFrom(t, [["07", rowKey, "budget"]]),
  };
}

/** 财政拨款 spending (part 二): 一般公共预算 (05) + 政府性基金 (08) + 国有资本经营 (09). */
function fiscalColumn(column: "total" | "basic" | "project"): (t: WorkbookTables) => FigureCell[] | undefined {
  return (t) => cellsFrom(t, [["05", "total", column], ["08", "total", column], ["09", "total", column]]);
}

const ITEM_SPECS: ItemSpec[] = [
  // 一、收入
  income01("income.grand", "收入总计", "in.grand", ["总收入", "收入总额", "收入支出总计", "收支总计"]),
  { ...income01("income.grand", "收入总计", "in.grand"), aliases: ["收入"], sections: ["overall"] },
  income01("income.total", "本年收入合计", "in.total", ["本年收入"]),
  {
    id: "income.fiscal",
    label: "财政拨款收入",
    table: "01",
    cells: (t) => cellsFrom(t, [["01", "in.gpb", "amount"], ["01", "in.gov", "amount"], ["01", "in.soe", "amount"]]),
  },
  income01("income.gpb", "一般公共预算财政拨款收入", "in.gpb"),
  income01("income.gov", "政府性基金预算财政拨款收入", "in.gov"),
  income01("income.soe", "国有资本经营预算财政拨款收入", "in.soe"),
  income01("income.superior", "上级补助收入", "in.superior"),
  income01("income.business", "事业收入", "in.business"),
  income01("income.operating", "经营收入", "in.operating"),
  income01("income.affiliated", "附属单位上缴收入", "in.affiliated"),
  income01("income.other", "其他收入", "in.other"),
  income01("income.nonFiscalSurplus", "使用非财政拨款结余", "in.nonFiscalSurplus"),
  income01("income.carryIn", "上年结转和结余", "in.carryIn", ["年初结转和结余", "上年结转结余", "年初结转结余"]),
  // 一、支出
  { id: "spending.grand", label: "支出总计", aliases: ["总支出", "支出总额"], table: "01", cells: (t) => cellsFrom(t, [["01", "out.grand", "amount"]]) },
  { id: "spending.grand", label: "支出总计", aliases: ["支出"], sections: ["overall"], table: "01", cells: (t) => cellsFrom(t, [["01", "out.grand", "amount"]]) },
  { id: "spending.total", label: "本年支出合计", aliases: ["本年支出"], table: "01", cells: (t) => cellsFrom(t, [["01", "out.total", "amount"]]) },
  {
    id: "spending.carryOut",
    label: "年末结转和结余",
    aliases: ["年末结转结余", "结转和结余", "结转结余"],
    table: "01",
    cells: (t) => cellsFrom(t, [["01", "out.carryOut", "amount"]]),
  },
  { id: "spending.surplusDist", label: "结余分配", table: "01", cells: (t) => cellsFrom(t, [["01", "out.surplusDist", "amount"]]) },
  spending03("spending.basic", "基本支出", "basic", [], ["overall"]),
  spending03("spending.project", "项目支出", "project", [], ["overall"]),
  spending03("spending.toSuperior", "上缴上级支出", "toSuperior"),
  spending03("spending.operating", "经营支出", "operating"),
  spending03("spending.affiliated", "对附属单位补助支出", "affiliated"),
  economic06("301", "工资福利支出"),
  economic06("302", "商品和服务支出"),
  economic06("303", "对个人和家庭的补助", ["对个人和家庭的补助支出", "对个人和家庭补助"]),
  economic06("307", "债务利息及费用支出"),
  economic06("310", "资本性支出"),
  economic06("312", "对企业补助"),
  economic06("399", "其他支出"),
  // 二、财政拨款支出
  {
    id: "fiscal.grand",
    label: "财政拨款收入支出总计",
    aliases: ["财政拨款收支总计", "财政拨款收入总计", "财政拨款支出总计"],
    table: "04",
    cells: (t) => cellsFrom(t, [["04", "in.grand", "amount"]]),
  },
  {
    id: "fiscal.total",
    label: "财政拨款支出",
    aliases: ["财政拨款支出合计"],
    table: "04",
    cells: (t) => firstOf(t, [["04", "out.total", "total"]]) ?? fiscalColumn("total")(t),
  },
  { id: "fiscal.basic", label: "财政拨款基本支出", aliases: ["基本支出"], sections: ["fiscal"], table: "05", cells: fiscalColumn("basic") },
  { id: "fiscal.project", label: "财政拨款项目支出", aliases: ["项目支出"], sections: ["fiscal"], table: "05", cells: fiscalColumn("project") },
  {
    id: "gpb.total",
    label: "一般公共预算财政拨款支出",
    table: "05",
    cells: (t) => firstOf(t, [["05", "total", "total"]], [["04", "out.total", "gpb"]]),
  },
  {
    id: "gpb.basic",
    label: "一般公共预算财政拨款基本支出",
    aliases: ["基本支出"],
    table: "05",
    cells: (t) => cellsFrom(t, [["05", "total", "basic"]]),
  },
  { id: "gpb.project", label: "一般公共预算财政拨款项目支出", table: "05", cells: (t) => cellsFrom(t, [["05", "total", "project"]]) },
  {
    id: "gov.total",
    label: "政府性基金预算财政拨款支出",
    table: "08",
    cells: (t) => firstOf(t, [["08", "total", "total"]], [["04", "out.total", "gov"]]),
  },
  {
    id: "soe.total",
    label: "国有资本经营预算财政拨款支出",
    table: "09",
    cells: (t) => firstOf(t, [["09", "total", "total"]], [["04", "out.total", "soe"]]),
  },
  // 三、“三公”经费
  threePublic("3p.total", "total", "“三公”经费支出", [
    "三公经费",
    "财政拨款安排的三公经费支出",
    "财政拨款安排的三公经费",
    "三公经费支出合计",
    "财政拨款三公经费支出",
    "三公经费财政拨款支出",
    "三公经费财政拨款",
  ]),
  threePublic("3p.abroad", "abroad", "因公出国（境）费", ["因公出国(境)费用", "因公出国费", "因公出国(境)经费"]),
  threePublic("3p.reception", "reception", "公务接待费", ["国内公务接待", "国内公务接待费"]),
  // 外事接待 / 外宾接待 is part of 公务接待费: a ceiling, not a restatement (the patterns read it as one).
  { ...threePublic("3p.foreign", "reception", "外宾接待费", ["外宾接待支出", "外宾接待", "外事接待", "外事接待费", "外事接待支出"]), budgetCells: undefined },
  threePublic("3p.vehicle", "vehicle", "公务用车购置及运行费", ["公务用车购置及运行维护费", "公务用车购置和运行费", "公务用车购置及运行维护支出"]),
  threePublic("3p.vehicleOps", "vehicleOps", "公务用车运行维护费", ["公务用车运行费", "公务用车运行维护"]),
  threePublic("3p.vehiclePurchase", "vehiclePurchase", "公务用车购置费", ["公务用车购置"]),
  // 四、基本支出
  { id: "basic.personnel", label: "人员经费", aliases: ["人员经费合计", "人员经费支出"], table: "06", cells: (t) => cellsFrom(t, [["06", "personnelTotal", "amount"]]) },
  { id: "basic.public", label: "公用经费", aliases: ["日常公用经费", "公用经费合计", "公用经费支出"], table: "06", cells: (t) => cellsFrom(t, [["06", "publicTotal", "amount"]]) },
  // 五、其他: not in the nine tables (only its 行政单位 part of 公用经费 counts), so 参考数据 holds it.
  { id: "other.agencyOps", label: "机关运行经费", aliases: ["机关运行经费支出"], cells: () => undefined },
];

function toItem(spec: ItemSpec): Item {
  const aliases = [spec.label, ...(spec.aliases ?? [])].map(normalizePhrase);
  return { id: spec.id, label: spec.label, aliases, table: spec.table, cells: spec.cells, budgetCells: spec.budgetCells };
}

interface Entry {
  item: Item;
  sections: Section[];
}

const ENTRIES: Entry[] = ITEM_SPECS.map((spec) => ({ item: toItem(spec), sections: spec.sections ?? ALL_SECTIONS }));

/** Entries that name the same item in some sections only come first, so "基本支出" in part 二 is 财政拨款's. */
const ORDERED = [...ENTRIES].sort((a, b) => a.sections.length - b.sections.length);

/** Every item of the catalogue with its aliases merged, by id. */
export const CATALOGUE: ReadonlyMap<string, Item> = (() => {
  const byId = new Map<string, Item>();
  for (const { item } of ENTRIES) {
    const known = byId.get(item.id);
    if (known) known.aliases.push(...item.aliases.filter((a) => !known.aliases.includes(a)));
    else byId.set(item.id, { ...item, aliases: [...item.aliases] });
  }
  return byId;
})();

export function itemById(id: string): Item | undefined {
  return CATALOGUE.get(id);
}

/** A row of table 05 as an item: a 类 from a sentence "1. 一般公共服务支出 1837.28 万元", or a 项 from （类）（款）（项）. */
export function functionalItem(row: TableRow, kind: "05" | "08" | "09" = "05"): Item {
  const code = row.code ?? row.key;
  return {
    id: kind === "05" ? `fn:${code}` : `fn${kind}:${code}`,
    label: row.name.trim(),
    code,
    aliases: [normalizePhrase(row.name)],
    table: kind,
    cells: (t) => {
      const table = t.public[kind];
      if (!table || (!table.empty && !table.columns.includes("total"))) return undefined;
      const cell = findRow(table, row.key)?.cells.total;
      return cell ? [cell] : [];
    },
  };
}

/** The functional 类 a phrase names ("一般公共服务支出"), resolved to table 05's row (or a blank one when absent). */
function categoryItem(phrase: string, tables: WorkbookTables): Item | undefined {
  const code = functionalCategoryByName(phrase);
  if (!code) return undefined;
  const table = tables.public["05"];
  const row = table ? findRow(table, code) : undefined;
  if (row) return functionalItem(row);
  return {
    id: `fn:${code}`,
    label: FUNCTIONAL_CATEGORIES[code],
    code,
    aliases: [normalizePhrase(FUNCTIONAL_CATEGORIES[code])],
    table: "05",
    cells: (t) => (t.public["05"] ? [] : undefined),
  };
}

/** The item a phrase names in a section, or undefined when it names none the tables or 参考数据 know. */
export function resolveItem(phrase: string, section: Section, tables: WorkbookTables): Item | undefined {
  const key = normalizePhrase(phrase);
  if (!key) return undefined;
  for (const entry of BY_ALIAS.get(key) ?? NO_ENTRIES) {
    if (entry.sections.includes(section)) return CATALOGUE.get(entry.item.id);
  }
  if (section === "gpb" || section === "fiscal") return categoryItem(key, tables);
  return undefined;
}

/** Names compared leniently: the same after normalising, or one the other plus a trailing 支出. */
export function sameName(a: string, b: string): boolean {
  const x = normalizePhrase(a).replace(/支出$/, "");
  const y = normalizePhrase(b).replace(/支出$/, "");
  return x === y && x.length > 0;
}

/** Rows of 05 whose code has `digits` digits and starts with `prefix`, whose name is `name`. */
export function rowsNamed(table: PublicTable, name: string, digits: number, prefix = ""): TableRow[] {
  return table.rows.filter((row) => {
    const code = row.code ?? row.key;
    return /^\d+$/.test(code) && code.length === digits && code.startsWith(prefix) && sameName(row.name, name);
  });
}

/** A phrase with its trailing 支出 dropped, for names written with or without it (公务接待费支出, 公务接待费). */
// Kept per text: resolveSubject compares a phrase with every alias of the catalogue, each check of each department.
const bare = memoizeText((phrase: string): string => {
  const dropped = phrase.replace(/支出$/, "");
  return dropped.length >= 2 ? dropped : phrase;
});

/**
 * ORDERED's entries by each of their aliases (and by its bare form), in ORDERED's order: every phrase of every
 * department is looked up, and walking each alias of the catalogue per lookup was most of resolveSubject's time.
 */
function entriesBy(aliasKey: (alias: string) => string): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const entry of ORDERED) {
    for (const key of new Set(entry.item.aliases.map(aliasKey))) {
      const entries = index.get(key);
      if (entries) entries.push(entry);
      else index.set(key, [entry]);
    }
  }
  return index;
}
const BY_ALIAS = entriesBy((alias) => alias);
const BY_BARE_ALIAS = entriesBy(bare);
const NO_ENTRIES: Entry[] = [];

/** The forms a lead takes as its extra words are dropped one by one, longest first (本年收入合计 before 收入合计). */
function subjectForms(lead: string): string[] {
  let phrase = normalizePhrase(lead).replace(/\((?:类|款|项)\)/g, "");
  const afterYear = phrase.replace(/^.*?\d{4}年度?/, "");
  if (afterYear && afterYear !== phrase) phrase = afterYear;
  const forms = [phrase];
  for (let i = 0; i < 6; i++) {
    const next = phrase
      .replace(/^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)[、.]?|\d+[、.](?!\d)|[①-⑳])/, "")
      .replace(/^(?:其中|包括|具体包括|主要包括|主要用于以下方面|主要用于|具体情况如下|本部门|本单位|\(含|含|\(其中)[:,]?/, "")
      .replace(/(?:为|是|共计|达到|达|累计)$/, "")
      .replace(/(?:当年)?(?:支出)?决算数?$/, "")
      .replace(/(?:增加|减少)$/, "")
      .replace(/^(?:本年度|本年|今年|当年|全年)/, "");
    if (next === phrase) break;
    phrase = next;
    forms.push(phrase);
  }
  return forms;
}

interface Resolution {
  item?: Item;
  /** The words read as the subject. */
  phrase: string;
  /** Items the words could mean when they name none for sure (reported, never guessed). */
  candidates: string[];
}

/**
 * The item a subject names, matched whole against the tables' own names (the catalogue's labels and short forms,
 * the 类 names of 05), written with or without a trailing 支出. No match, or more than one, is no item.
 */
export function resolveSubject(lead: string, section: Section, tables: WorkbookTables): Resolution {
  const forms = subjectForms(lead);
  const phrase = forms[forms.length - 1] ?? "";
  if (!phrase) return { phrase, candidates: [] };
  for (const form of forms) {
    const exact = form ? resolveItem(form, section, tables) : undefined;
    if (exact) return { item: exact, phrase: form, candidates: [] };
  }
  const key = bare(phrase);
  const found = new Map<string, Item>();
  for (const entry of BY_BARE_ALIAS.get(key) ?? NO_ENTRIES) {
    if (entry.sections.includes(section)) found.set(entry.item.id, CATALOGUE.get(entry.item.id)!);
  }
  if (found.size === 1) return { item: [...found.values()][0], phrase, candidates: [] };
  if (found.size > 1) return { phrase, candidates: [...found.values()].map((i) => i.label) };
  const category = categoryItem(phrase, tables) ?? categoryItem(`${key}支出`, tables);
  if (category && (section === "gpb" || section === "fiscal")) return { item: category, phrase, candidates: [] };
  // Names that contain the words, or that the words contain, are what the reader might have meant.
  const near = new Set<string>();
  if (key.length >= 3) {
    for (const item of CATALOGUE.values()) {
      if (item.aliases.some((a) => a.length >= 3 && bare(a).includes(key))) near.add(item.label);
    }
  }
  return { phrase, candidates: [...near].slice(0, 4) };
}
