// narrative/unverifiable says, once per figure, what no check could reach. Valid: a narrative whose figures are all
// checkable — 生态环境局's and the sample's opening parts (totals, shares, rates the sentences prove). Invalid: the
// same with one paragraph kept that the tables cannot check — a count of cars, 政府采购 (in none of the nine
// tables), a （项）'s 年初预算 and a 与上年持平 (参考数据 could give both).
import { narrativeUnverifiable } from "../../../../src/engine/rules/narrative/unverifiable";
import { WorkbookTables } from "../../../../src/engine/rule";
import { ruleCases } from "../harness";
import { SHEHUI, SHENGTAI, realAt, realKept, sampleAt, sampleKept } from "./case-tables";

/** 生态环境局 up to its first （项） paragraph: 收入支出总计, 收入, 支出, 财政拨款 and their structure. */
const SHENGTAI_OPENING = "（项）";
const SAMPLE_OPENING = "今年收入总计减少";

/** Each amount in 万元 the paragraph with `words` states, as a finding at its cell (the text counted, not the rule). */
function eachAmount(tables: WorkbookTables, words: string, messageId: string) {
  const cell = realAt(tables, words);
  const text = tables.narrative!.cells.find((c) => `${c.sheet}!${c.address}` === cell)!.text;
  return (text.match(/\d[\d,]*(?:\.\d+)?\s*万元/g) ?? []).map(() => ({ messageId, cell, severity: "info" as const }));
}

export const cases = ruleCases(narrativeUnverifiable, {
  valid: [
    { name: "生态环境局 up to its first （项）: every figure checked by the tables or its sentence", tables: () => realKept(SHENGTAI, SHENGTAI_OPENING) },
    { name: "the sample's 收入 paragraphs: 收入总计 and each 收入's share", tables: () => sampleKept(SAMPLE_OPENING) },
  ],
  invalid: [
    {
      name: "生态环境局's opening and its “三公” part's 公务用车保有量 (no table counts cars)",
      tables: () => realKept(SHENGTAI, SHENGTAI_OPENING, ["财政拨款“三公”经费支出决算情况说明", "公务用车保有量"]),
      findings: (tables) => [{ messageId: "figure", cell: realAt(tables, "公务用车保有量"), severity: "info" }],
    },
    {
      name: "社会工作部's 政府采购金额 paragraph under its heading: each amount in none of the nine tables",
      tables: () => realKept(SHEHUI, "收入支出决算总体情况说明", ["其他重要事项的情况说明", "（二）政府采购支出情况", "政府采购金额（以合同签订为准）"]),
      findings: (tables) => eachAmount(tables, "政府采购金额（以合同签订为准）", "figure"),
    },
    {
      name: "生态环境局's opening and its first （项）: the 年初预算 参考数据 could give",
      tables: () => realKept(SHENGTAI, SHENGTAI_OPENING, ["行政单位离退休（项）"]),
      findings: (tables) => [{ messageId: "figureReference", cell: realAt(tables, "行政单位离退休（项）"), severity: "info" }],
    },
    {
      name: "the sample's 收入 paragraphs and 今年结转结余持平 (needs 上年决算数)",
      tables: () => sampleKept(SAMPLE_OPENING, ["(三)年末结转和结余", "今年结转结余持平"]),
      findings: [{ messageId: "flatReference", cell: sampleAt("今年结转结余持平"), severity: "info" }],
    },
  ],
});
