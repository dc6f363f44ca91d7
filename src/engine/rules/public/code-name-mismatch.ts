// A row whose name is the official name of another code: usually a code typed wrong (30102 "基本工资"). Short
// forms and suffix differences of the row's own name (机关事业单位基本养老保险 for …缴费, 一般公共服务 for
// 一般公共服务支出) are normal and not findings.
import { ECONOMIC_CODES, FUNCTIONAL_CATEGORIES, nameKey } from "../../codes";
import { Rule } from "../../rule";
import { PublicKind, TableRow } from "../../tables";
import { figuresOf } from "./figures";
import { RULE_IDS } from "./ids";
import { CODED_KINDS, categoryCode, categoryRows, codeOf, plainName } from "./layout";

/** The two classifications: a code is only compared with codes of its own. */
const FUNCTIONAL = Object.entries(FUNCTIONAL_CATEGORIES);
const ECONOMIC = Object.entries(ECONOMIC_CODES);

function withoutSuffix(key: string): string {
  return key.replace(/支出$/, "");
}

/** The name is the official name, a short form of it, or the same but for a trailing 支出. */
function fitsOwnName(key: string, official: string): boolean {
  const officialKey = nameKey(official);
  if (withoutSuffix(key) === withoutSuffix(officialKey)) return true;
  return key.length >= 2 && (officialKey.startsWith(key) || key.startsWith(officialKey));
}

/** The name is, in full, the official name of `official` (give or take a trailing 支出). */
function isNameOf(key: string, official: string): boolean {
  return withoutSuffix(key) === withoutSuffix(nameKey(official));
}

/** Codes on one line of descent (229 其他支出 and 22999 其他支出) may share a name. */
function related(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export const codeNameMismatch: Rule = {
  meta: {
    id: RULE_IDS.codeNameMismatch,
    severity: "warning",
    title: "科目编码与名称不符",
    titleEn: "Row name belongs to another code",
    docs: "某行的名称恰是另一个科目编码的规范名称（如 30102 写成“基本工资”），多为编码录错；名称简写或省略“支出”等后缀不算。",
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const rowsToCheck: { kind: PublicKind; row: TableRow; code: string; economic: boolean }[] = [];
    for (const kind of ["01", "04"] as const) {
      const table = figures.usable(kind);
      if (table) for (const row of categoryRows(table)) rowsToCheck.push({ kind, row, code: categoryCode(row), economic: false });
    }
    for (const kind of [...CODED_KINDS, "06"] as const) {
      const table = figures.usable(kind);
      if (!table) continue;
      for (const row of table.rows) {
        const code = codeOf(row);
        if (code) rowsToCheck.push({ kind, row, code, economic: kind === "06" });
      }
    }

    for (const { kind, row, code, economic } of rowsToCheck) {
      let name = plainName(row.name);
      if (name.startsWith(code)) name = name.slice(code.length);
      const key = nameKey(name);
      if (!key) continue;
      const list = economic ? ECONOMIC : FUNCTIONAL;
      const own = economic ? ECONOMIC_CODES[code] : FUNCTIONAL_CATEGORIES[code];
      if (own && fitsOwnName(key, own)) continue;
      const other = list.find(([otherCode, official]) => otherCode !== code && !related(otherCode, code) && isNameOf(key, official));
      if (!other) continue;
      const figure = Object.values(row.cells)
        .filter((cell) => !!cell)
        .sort((a, b) => a!.col - b!.col)[0];
      const table = figures.table(kind)!;
      context.report({
        severity: "warning",
        table: kind,
        sheet: figure?.sheet ?? table.sheet,
        cell: figure?.address ?? `A${row.row}`,
        related: [],
        expected: null,
        actual: null,
        message:
          `科目编码 ${code} 的名称“${name}”是 ${other[0]} ${other[1]} 的名称` +
          (own ? `（${code} 应为“${own}”）` : "") +
          "，请核对科目编码",
      });
    }
  },
};
