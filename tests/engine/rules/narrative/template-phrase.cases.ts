// narrative/template-phrase: no template phrase left in the sample or 生态环境局; then both of a template's words
// kept — “增加（减少）”, “下降（增长）”, “增加/减少”.
import { narrativeTemplatePhrase } from "../../../../src/engine/rules/narrative/template-phrase";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHENGTAI, editedAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { editWhere, real } from "./real-run";

const INCOME = "今年收入总计减少";

export const cases = ruleCases(narrativeTemplatePhrase, {
  valid: [
    { name: "the sample as published", tables: () => sampleTables() },
    { name: "生态环境局 as published", tables: async () => (await real(SHENGTAI)).tables },
  ],
  invalid: [
    {
      name: "生态环境局 with 增加（减少） left in its 收入支出总计 sentence",
      tables: () => realEdited(SHENGTAI, [editWhere(SHENGTAI, "收入支出总计增加", (t) => t.replace("收入支出总计增加", "收入支出总计增加（减少）"))]),
      findings: (tables) => [{ messageId: "bothWords", cell: editedAt(tables), severity: "warning" }],
    },
    {
      name: "the sample with 下降（增长） for 降低",
      tables: () => sampleEdited(INCOME, (t) => t.replace("降低 7.41%", "下降（增长）7.41%")),
      findings: [{ messageId: "bothWords", cell: sampleAt(INCOME), severity: "warning" }],
    },
    {
      name: "the sample with 增加/减少 for 减少",
      tables: () => sampleEdited(INCOME, (t) => t.replace("减少 180.77", "增加/减少 180.77")),
      findings: [{ messageId: "bothWords", cell: sampleAt(INCOME), severity: "warning" }],
    },
  ],
});
