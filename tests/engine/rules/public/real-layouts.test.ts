// Rules on the real reports' layouts (tests/fixtures/real). 文旅局's 08 prints its 合计 row on the line of
// 本年支出's sub-headers, so that row has no 本年支出 figure: t08/carry-out and x/04-08-09 use the sum of the 类
// rows there, as for a blank total. The failing cases change one figure of the fixture's own grid.
import { checkWorkbook } from "../../../../src/engine";
import { Finding } from "../../../../src/engine/finding";
import { WorkbookGrid } from "../../../../src/engine/grid";
import { recognizePublicTables } from "../../../../src/engine/recognize/public";
import { figure, PublicKind } from "../../../../src/engine/tables";
import { realGrid, shifted, withCell } from "../../../fixtures/real/fixtures";

const ID = "2025-putuo-wenlvju";

function cellOf(grid: WorkbookGrid, kind: PublicKind, row: string, column: string) {
  const table = recognizePublicTables(grid).tables.find((t) => t.kind === kind)!;
  const cell = figure(table, row, column);
  if (!cell) throw new Error(`no ${kind} ${row}/${column}`);
  return cell;
}

const byRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const shownOf = (value: number) => value.toFixed(2);

describe("t08/carry-out where 08's 合计 row prints no 本年支出 (文旅局)", () => {
  it("passes the report as published: 年末 = 年初 + 本年收入 − Σ 类 本年支出", async () => {
    expect(byRule(checkWorkbook(await realGrid(ID)).findings, "t08/carry-out")).toEqual([]);
  });

  it("calls a wrong 合计 年末结转和结余 an error at that cell", async () => {
    const grid = await realGrid(ID);
    const cell = cellOf(grid, "08", "total", "carryOut");
    const changed = withCell(grid, cell.sheet, cell.address, shifted(grid, cell.sheet, cell.address, "37"));
    const findings = byRule(checkWorkbook(changed).findings, "t08/carry-out");
    expect(findings.map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([
      ["error", cell.address, shownOf(shifted(grid, cell.sheet, cell.address, "0")), shownOf(shifted(grid, cell.sheet, cell.address, "37"))],
    ]);
  });

  it("calls a wrong 类 本年支出 an error on its row", async () => {
    const grid = await realGrid(ID);
    const cell = cellOf(grid, "08", "207", "total");
    const changed = withCell(grid, cell.sheet, cell.address, shifted(grid, cell.sheet, cell.address, "37"));
    const findings = checkWorkbook(changed).findings.filter((f) => f.table === "08" && f.severity === "error");
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["t08/row-total", "t08/carry-out"]));
  });
});

describe("x/04-08-09 against an 08 whose 合计 row prints no 本年支出 (文旅局)", () => {
  it("passes the report as published: 04's 政府性基金 本年支出合计 equals Σ of 08's 类", async () => {
    expect(byRule(checkWorkbook(await realGrid(ID)).findings, "x/04-08-09")).toEqual([]);
  });

  it("calls a wrong 04 政府性基金 本年支出合计 an error at that cell", async () => {
    const grid = await realGrid(ID);
    const cell = cellOf(grid, "04", "out.total", "gov");
    const changed = withCell(grid, cell.sheet, cell.address, shifted(grid, cell.sheet, cell.address, "37"));
    const findings = byRule(checkWorkbook(changed).findings, "x/04-08-09");
    expect(findings.map((f) => [f.severity, f.cell, f.expected, f.actual])).toEqual([
      ["error", cell.address, shownOf(shifted(grid, cell.sheet, cell.address, "0")), shownOf(shifted(grid, cell.sheet, cell.address, "37"))],
    ]);
  });

  it("never offers to fill the 合计 row's sub-header cells", async () => {
    const result = checkWorkbook(await realGrid(ID));
    const total = recognizePublicTables(await realGrid(ID)).tables.find((t) => t.kind === "08")!.rows.find((r) => r.key === "total")!;
    const subHeaderCells = result.findings.filter((f) => f.table === "08" && f.fix && f.cell.endsWith(String(total.row)));
    expect(subHeaderCells).toEqual([]);
  });
});
