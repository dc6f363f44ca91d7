// A row whose name is the official name of another code: usually a code typed wrong (30102 "基本工资"). Short
// forms and suffix differences of the row's own name (机关事业单位基本养老保险 for …缴费, 一般公共服务 for
// 一般公共服务支出) are normal and not findings.
import { ECONOMIC_CODES, FUNCTIONAL_CATEGORIES, nameKey } from "../../codes";
import { Rule } from "../../rule";
import { PublicKind, TableRow } from "../../tables";
import { figuresOf } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { CODED_KINDS, categoryCode, categoryRows, codeOf, plainName } from "../../figures/layout";

function withoutSuffix(key: string): string {
  return key.endsWith("支出") ? key.slice(0, -"支出".length) : key;
}

/**
 * The codes of one classification by their official name (as compared: name key without a trailing 支出), in the
 * list's order. A row's name is looked up once instead of being compared with every official name: this rule
 * runs over every coded row, and in a check's first rounds those ~130 comparisons per row were its whole cost.
 */
function indexByOfficialName(codes: Readonly<Record<string, string>>): Map<string, [string, string][]> {
  const index = new Map<string, [string, string][]>();
  for (const [code, official] of Object.entries(codes)) {
    const key = withoutSuffix(nameKey(official));
    const entries = index.get(key);
    if (entries) entries.push([code, official]);
    else index.set(key, [[code, official]]);
  }
  return index;
}

/** The two classifications: a code is only compared with codes of its own. */
const FUNCTIONAL_BY_NAME = indexByOfficialName(FUNCTIONAL_CATEGORIES);
const ECONOMIC_BY_NAME = indexByOfficialName(ECONOMIC_CODES);

/** The name is the official name, a short form of it, or the same but for a trailing 支出. */
function fitsOwnName(key: string, official: string): boolean {
  const officialKey = nameKey(official);
  if (withoutSuffix(key) === withoutSuffix(officialKey)) return true;
  return key.length >= 2 && (officialKey.startsWith(key) || key.startsWith(officialKey));
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
    messages: {
      // The row's code is in the code list: say what its name should be.
      nameOfOtherCode: "科目编码 {{code}} 的名称“{{name}}”是 {{otherCode}} {{otherName}} 的名称（{{code}} 应为“{{ownName}}”），请核对科目编码",
      // A code the list does not know: only the code the name belongs to can be named.
      unlistedNameOfOtherCode: "科目编码 {{code}} 的名称“{{name}}”是 {{otherCode}} {{otherName}} 的名称，请核对科目编码",
    },
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
      const own = economic ? ECONOMIC_CODES[code] : FUNCTIONAL_CATEGORIES[code];
      if (own && fitsOwnName(key, own)) continue;
      // The codes whose official name the row's name is, in full (give or take a trailing 支出).
      const sameName = (economic ? ECONOMIC_BY_NAME : FUNCTIONAL_BY_NAME).get(withoutSuffix(key));
      const other = sameName?.find(([otherCode]) => otherCode !== code && !related(otherCode, code));
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
        messageId: own ? "nameOfOtherCode" : "unlistedNameOfOtherCode",
        data: { code, name, otherCode: other[0], otherName: other[1], ...(own ? { ownName: own } : {}) },
      });
    }
  },
};
