// narrative/direction: the sample's and 文旅局's direction words as printed; then a word turned round — in the
// sentence itself (减少…增长), against 07's 预算数 (小于 → 大于), or against a 参考数据 上年决算数 derived from the
// sample's own figures (last year below this year, equal to it, or a 持平 that was not).
import { narrativeDirection } from "../../../../src/engine/rules/narrative/direction";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHENGTAI, WENLV, editedAt, minus, plus, realEdited, referenceSheet, sampleAt, sampleEdited, sampleFigure } from "./case-tables";
import { editWhere, real } from "./real-run";

const INCOME = () => sampleFigure("（一）收入总计");
const DECREASE = () => sampleFigure("今年收入总计减少");

export const cases = ruleCases(narrativeDirection, {
  valid: [
    { name: "the sample: 减少…降低, 增加…增长, 小于 and 持平 预算数", tables: () => sampleTables() },
    { name: "文旅局 as published: every 决算数大于/小于预算数 stands with its paragraph's figures", tables: async () => (await real(WENLV)).tables },
    {
      name: "the sample with 参考数据's 上年 收入总计 as its sentence implies (2259.73 + 180.77)",
      tables: () => sampleTables({ reference: referenceSheet("上年决算数", [["收入总计", plus(INCOME(), DECREASE())]]) }),
    },
  ],
  invalid: [
    {
      name: "the sample's 公务用车 减少 0.93 万元 with its rate's word turned round (降低 → 增长)",
      tables: () => sampleEdited("比上年减少 0.93 万元", (t) => t.replace("降低 1.61%", "增长 1.61%")),
      findings: [{ messageId: "wordsDisagree", cell: sampleAt("比上年减少 0.93 万元"), severity: "error" }],
    },
    {
      name: "文旅局: a （项）'s 决算数小于预算数 turned round (大于)",
      tables: () => realEdited(WENLV, [editWhere(WENLV, "决算数小于预算数的主要原因：局机关", (t) => t.replace("决算数小于预算数", "决算数大于预算数"))]),
      findings: (tables) => [{ messageId: "comparison", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "生态环境局: the “三公” total's 决算数小于预算数 turned round",
      tables: () =>
        realEdited(SHENGTAI, [editWhere(SHENGTAI, "“三公”经费支出决算数小于预算数", (t) => t.replace("“三公”经费支出决算数小于预算数", "“三公”经费支出决算数大于预算数"))]),
      findings: (tables) => [{ messageId: "comparison", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "the sample's 收入总计减少 against a 参考数据 上年决算数 that many below this year's (the change taken the wrong way)",
      tables: () => sampleTables({ reference: referenceSheet("上年决算数", [["收入总计", minus(INCOME(), DECREASE())]]) }),
      findings: [{ messageId: "priorMoved", cell: sampleAt("今年收入总计减少"), severity: "error" }],
    },
    {
      name: "the sample's 收入总计减少 against a 参考数据 上年决算数 equal to this year's",
      tables: () => sampleTables({ reference: referenceSheet("上年决算数", [["收入总计", INCOME()]]) }),
      findings: [{ messageId: "priorFlat", cell: sampleAt("今年收入总计减少"), severity: "error" }],
    },
    {
      name: "the sample's 因公出国（境）费与上年持平 against a 参考数据 上年决算数 of the 公务接待费's figure (a row slipped)",
      tables: () => sampleTables({ reference: referenceSheet("上年决算数", [["因公出国（境）费", sampleFigure("2. 公务接待费")]]) }),
      findings: [{ messageId: "notFlat", cell: sampleAt("因公出国（境）费与上年持平"), severity: "error" }],
    },
  ],
});
