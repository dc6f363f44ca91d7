// The whole-report rules on the real reports give exactly what each report's discrepancies.md lists under
// “全文审阅” (read by hand), and on the sample nothing (domain.md §8 holds none of theirs).
import * as fs from "fs";
import * as path from "path";
import { checkWorkbook } from "../../../../src/engine";
import { SEVERITY_LABEL } from "../../../../src/engine/finding";
import { REPORT_RULES } from "../../../../src/engine/rules/report";
import { REAL_REPORTS, realGrid, sampleGrid } from "./real";

const WHOLE_REPORT_RULES = new Set(["table/missing", ...REPORT_RULES.map((r) => r.meta.id)]);

/** The rows of the “全文审阅” table: rule, cell, class. */
function listed(report: string): string[] {
  const text = fs.readFileSync(path.join(__dirname, "../../../fixtures/real", `${report}.discrepancies.md`), "utf8");
  const section = /## 全文审阅\n([\s\S]*?)(?=\n## |$)/.exec(text);
  if (!section) throw new Error(`${report}: no 全文审阅 section`);
  return section[1]
    .split("\n")
    .filter((line) => /^\| \d+ \|/.test(line))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    .map((cells) => `${cells[2]} ${cells[3]} ${cells[4]}`);
}

describe("the whole-report rules on the real reports", () => {
  it.each(REAL_REPORTS)("%s: exactly the findings its discrepancies.md lists under 全文审阅", async (report) => {
    const findings = checkWorkbook(await realGrid(report)).findings.filter((f) => WHOLE_REPORT_RULES.has(f.rule));
    expect(findings.map((f) => `${f.rule} ${f.sheet}!${f.cell} ${SEVERITY_LABEL[f.severity]}`)).toEqual(listed(report));
  });

  it("the sample: none", async () => {
    expect(checkWorkbook(await sampleGrid()).findings.filter((f) => WHOLE_REPORT_RULES.has(f.rule))).toEqual([]);
  });
});
