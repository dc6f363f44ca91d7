// Plausibility: the social-security and housing-fund items of 06 are usually paid from one functional 项 each,
// so when those 05 rows are all basic spending, the 06 figure equals theirs.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { TableRow, amountIn } from "../../tables";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { plainName, rowByCode, tableName } from "../../figures/layout";

/** 06 economic code → the 05 项 codes it matches. */
const MATCHES: [economic: string, functional: string[]][] = [
  ["30108", ["2080505"]],
  ["30109", ["2080506"]],
  ["30110", ["2101101", "2101102"]],
  ["30111", ["2101103"]],
  ["30113", ["2210201"]],
  ["30304", ["2080801"]],
];

export const p0605SocialSecurity: Rule = {
  meta: {
    id: RULE_IDS.p0605SocialSecurity,
    severity: "warning",
    title: "社会保障缴费、住房公积金与功能分类支出对应",
    titleEn: "Social-security items of table 06 match their table 05 functional rows",
    docs: "06表 30108/30109/30111/30113/30304 分别等于05表 2080505/2080506/2101103/2210201/2080801 的基本支出，30110 等于 2101101 + 2101102（这些05表科目均无项目支出时）。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table06 = figures.usable("06");
    const table05 = figures.usable("05");
    if (!table06 || !table05) return;
    for (const [economic, functional] of MATCHES) {
      const row06 = rowByCode(table06, economic);
      if (!row06) continue;
      const rows05 = functional.map((code) => rowByCode(table05, code)).filter((row): row is TableRow => !!row);
      if (rows05.length === 0) continue;
      // Project spending under the same 项 may pay part of it: then the two need not match.
      if (rows05.some((row) => !!amountIn(row.cells.project) && !amountIn(row.cells.project)!.value.isZero())) continue;
      const names = rows05.map((row) => `${row.code ?? row.key} ${plainName(row.name)}`.trim()).join("与");
      checkIdentity(context, figures, {
        target: ref("06", row06.key, "amount"),
        parts: rows05.map((row) => ref("05", row.key, "basic")),
        message: `${plainName(row06.name) || economic}（${economic}）应等于${tableName("05")}${names}的基本支出${rows05.length > 1 ? "之和" : ""}`,
        failSeverity: "warning",
      });
    }
  },
};
