// code/name-mismatch: a row whose name is another code's official name, on the 朝阳 sample and the real reports (short
// forms and 支出 suffixes included) and with a row's name typed under the wrong code.
import { codeNameMismatch } from "../../../../src/engine/rules/public/code-name-mismatch";
import { WorkbookTables } from "../../../../src/engine/rule";
import { PublicKind } from "../../../../src/engine/tables";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { Change, sample } from "./sample";

/** The sample (with `changes`) with one row's name replaced. */
function renamed(kind: PublicKind, key: string, name: string, changes: Change[] = []): WorkbookTables {
  const tables = sample(changes);
  tables.public[kind]!.rows.find((row) => row.key === key)!.name = name;
  return tables;
}

/** The row's leftmost figure: where the finding points. */
function firstCellOf(tables: WorkbookTables, kind: PublicKind, key: string): string {
  const row = tables.public[kind]!.rows.find((r) => r.key === key)!;
  const first = Object.values(row.cells).sort((a, b) => a!.col - b!.col)[0]!;
  return `${first.sheet}!${first.address}`;
}

export const cases = ruleCases(codeNameMismatch, {
  valid: [
    { name: "the sample, short forms included (机关事业单位基本养老保险, …缴费 vs …缴费支出)", tables: () => sample() },
    ...REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
    { name: "codes on one line of descent sharing a name (229 and 22999 其他支出)", tables: () => renamed("03", "22999", "其他支出", [["03", "22999", "total", ""]]) },
  ],
  invalid: [
    {
      name: "30102 津贴补贴 named 基本工资 (30101's name)",
      tables: () => renamed("06", "30102", "基本工资"),
      findings: (tables) => [{ messageId: "nameOfOtherCode", cell: firstCellOf(tables, "06", "30102"), severity: "warning" }],
    },
    {
      name: "01's 社会保障和就业支出 named 卫生健康支出 (210's name)",
      tables: () => renamed("01", "out.208", "八、卫生健康支出"),
      findings: (tables) => [{ messageId: "nameOfOtherCode", cell: firstCellOf(tables, "01", "out.208"), severity: "warning" }],
    },
    {
      name: "03's 2080505 (no code list has it) named 住房保障支出 (221's name)",
      tables: () => renamed("03", "2080505", "住房保障支出"),
      findings: (tables) => [{ messageId: "unlistedNameOfOtherCode", cell: firstCellOf(tables, "03", "2080505"), severity: "warning" }],
    },
  ],
});
