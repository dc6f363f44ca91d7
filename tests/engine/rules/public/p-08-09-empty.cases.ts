// p/08-09-empty: 08 has figures exactly when 01 shows 政府性基金 income (09 and 国有资本经营 likewise): on the 朝阳
// sample (neither) and 文旅局 (政府性基金 on both), as published and with one side taken away.
import { p0809Empty } from "../../../../src/engine/rules/public/p-08-09-empty";
import { ruleCases } from "../harness";
import { FUND_ROWS_09 } from "./funds";
import { realTables } from "./real";
import { sample, sampleRows } from "./sample";
import { addressOf, table, workbook } from "./tables";

const WENLVJU = "2025-putuo-wenlvju";

export const cases = ruleCases(p0809Empty, {
  valid: [
    { name: "the sample: 08 and 09 empty, 01's fund rows blank", tables: () => sample() },
    { name: "文旅局 as published: 政府性基金 income on 01 and figures on 08", tables: () => realTables(WENLVJU) },
  ],
  invalid: [
    {
      name: "a 政府性基金 income on 01 while 08 is empty",
      tables: () => sample([["01", "in.gov", "amount", "20.00"]]),
      findings: (tables) => [{ messageId: "tableEmpty", cell: addressOf(tables, "01", "in.gov", "amount"), severity: "warning" }],
    },
    {
      name: "文旅局 with 01's 政府性基金预算财政拨款收入 left blank: 08 has figures",
      tables: () => realTables(WENLVJU, [["01", "in.gov", "amount", ""]]),
      findings: (tables) => [{ messageId: "incomeMissing", cell: addressOf(tables, "01", "in.gov", "amount"), severity: "warning" }],
    },
    {
      name: "a 09 with figures while 01 shows no 国有资本经营 income",
      tables: () => workbook(table("01", sampleRows("01")), table("09", FUND_ROWS_09)),
      findings: (tables) => [{ messageId: "incomeMissing", cell: addressOf(tables, "01", "in.soe", "amount"), severity: "warning" }],
    },
  ],
});
