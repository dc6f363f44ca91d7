// narrative/no-spending: “无政府性基金…”, “无国有资本经营…”, “无“三公”经费…” where the tables are empty (the sample,
// 社会工作部, 生态环境局); then another department's sentence kept where this one's table holds money (文旅局 has 08).
import { narrativeNoSpending } from "../../../../src/engine/rules/narrative/no-spending";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHEHUI, SHENGTAI, WENLV, editedAt, realEdited } from "./case-tables";
import { editWhere, real } from "./real-run";

export const cases = ruleCases(narrativeNoSpending, {
  valid: [
    { name: "the sample: 无政府性基金… and 无国有资本经营… with 08 and 09 empty", tables: () => sampleTables() },
    { name: "社会工作部 as published: 无“三公”经费, 无政府性基金, 无国有资本经营", tables: async () => (await real(SHEHUI)).tables },
    { name: "生态环境局 as published", tables: async () => (await real(SHENGTAI)).tables },
  ],
  invalid: [
    {
      name: "文旅局 with “无政府性基金预算财政拨款收入和支出” where 08 holds its 政府性基金",
      tables: () => realEdited(WENLV, [editWhere(WENLV, "无国有资本经营预算财政拨款收入和支出", (t) => t.replace("无国有资本经营预算", "无政府性基金预算"))]),
      findings: (tables) => [{ messageId: "tableHasAmount", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "文旅局 with 社会工作部's “无“三公”经费财政拨款支出” where 07 holds its 三公",
      tables: () => realEdited(WENLV, [editWhere(WENLV, "无国有资本经营预算财政拨款收入和支出", (t) => t.replace("无国有资本经营预算财政拨款收入和支出", "无“三公”经费财政拨款支出"))]),
      findings: (tables) => [{ messageId: "tableHasAmount", cell: editedAt(tables), severity: "error" }],
    },
  ],
});
