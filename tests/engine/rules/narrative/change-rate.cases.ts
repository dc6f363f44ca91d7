// narrative/change-rate: 文旅局's 与上年相比 sentences as printed; 生态环境局's 2.60% for 2.59% as written down;
// a rate made wrong, a 增加 figure with its decimal point slipped past this year's total, and the change itself
// against a 参考数据 上年决算数 (derived from the sample's own sentence: 收入总计 + 减少额).
import { narrativeChangeRate } from "../../../../src/engine/rules/narrative/change-rate";
import { ruleCases } from "../harness";
import { SHENGTAI, WENLV, editedAt, plus, realAt, realEdited, referenceSheet, sampleAt, sampleEdited, sampleFigure } from "./case-tables";
import { editWhere, figureOf, real, wrong } from "./real-run";
import { sampleTables } from "../../narrative/sample-tables";

/** The sample's one 尾差 (21.50% for 0.07 on 0.35), there whatever else a case changes. */
const SAMPLE_ROUNDING = { messageId: "rateRounding", cell: sampleAt("增长 21.50%"), severity: "rounding" } as const;

/** 参考数据 with the sample's 上年 收入总计 as its sentence implies (2259.73 + 180.77), shifted by `shift`. */
function priorIncome(shift: string) {
  const prior = plus(sampleFigure("（一）收入总计"), sampleFigure("今年收入总计减少"));
  return referenceSheet("上年决算数", [["收入总计", plus(prior, shift)]]);
}

export const cases = ruleCases(narrativeChangeRate, {
  valid: [{ name: "文旅局 as published: every 增加 D 万元，增长 P% checks from its sentence and table", tables: async () => (await real(WENLV)).tables }],
  invalid: [
    {
      name: "生态环境局 as published: 机关运行经费 增长 2.60% for 4.68 ÷ 180.73 = 2.59% is a 尾差",
      tables: async () => (await real(SHENGTAI)).tables,
      findings: (tables) => [{ messageId: "rateRounding", cell: realAt(tables, "机关运行经费支出"), severity: "rounding" }],
    },
    {
      name: "文旅局: the first 增长 P% 3 points off",
      tables: () => realEdited(WENLV, [figureOf(WENLV, "增长", "%").then(wrong)]),
      findings: (tables) => [{ messageId: "rateMismatch", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "the sample's 财政拨款支出 降低 7.32% with two digits swapped (7.23%)",
      tables: () => sampleEdited("财政拨款支出减少 178.51", (t) => t.replace("降低 7.32%", "降低 7.23%")),
      findings: [{ messageId: "rateMismatch", cell: sampleAt("财政拨款支出减少 178.51"), severity: "error" }, SAMPLE_ROUNDING],
    },
    {
      name: "文旅局's 收入支出总计增加 D 万元 with the decimal point slipped one place (D beyond this year's total)",
      tables: () =>
        realEdited(WENLV, [
          figureOf(WENLV, "收入支出总计增加").then((d) => {
            const [whole, cents] = d.figure.raw.replace(/,/g, "").split(".");
            return editWhere(WENLV, "收入支出总计增加", (t) => t.replace(d.figure.raw, `${whole}${cents[0]}.${cents[1]}`));
          }),
        ]),
      findings: (tables) => [{ messageId: "impossible", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "the sample's 收入总计减少 180.77 against a 参考数据 上年决算数 4.00 higher",
      tables: () => sampleTables({ reference: priorIncome("4.00") }),
      findings: [{ messageId: "amountMismatch", cell: sampleAt("今年收入总计减少"), severity: "error" }, SAMPLE_ROUNDING],
    },
    {
      name: "the sample's 收入总计减少 180.77 against a 参考数据 上年决算数 0.01 higher: a 尾差",
      tables: () => sampleTables({ reference: priorIncome("0.01") }),
      findings: [{ messageId: "amountRounding", cell: sampleAt("今年收入总计减少"), severity: "rounding" }, SAMPLE_ROUNDING],
    },
  ],
});
