// A workbook holding several departments' tables is checked department by department.
import * as fs from "fs";
import { checkWorkbook } from "../../src/engine";
import { Finding } from "../../src/engine/finding";
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { recognizeDepartments } from "../../src/engine/recognize";
import { gridFromXlsx } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { consolidatedBuffer, departmentName } from "../fixtures/consolidated";

const signature = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.severity} ${f.expected} ${f.actual}`).sort();

let single: Finding[];
beforeAll(async () => {
  single = checkWorkbook(await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx")).findings;
});

describe("a consolidated book of three departments", () => {
  let grid: WorkbookGrid;
  beforeAll(async () => {
    grid = await gridFromXlsx(await consolidatedBuffer(3), "汇总.xlsx");
  });

  it("groups the sheets by the 部门 line, the perf and narrative sheets by their name prefix", () => {
    const departments = recognizeDepartments(grid);
    expect(departments.map((d) => d.name)).toEqual([departmentName(0), departmentName(1), departmentName(2)]);
    for (const [i, department] of departments.entries()) {
      const prefix = `D0${i + 1}-`;
      expect(department.tables.all.every((t) => t.sheet.startsWith(prefix))).toBe(true);
      expect(department.tables.all).toHaveLength(15);
      expect(department.tables.perfProjects).toHaveLength(3);
      expect(department.tables.narrative?.sheet).toBe(`${prefix}情况说明`);
    }
  });

  it("checks each department on its own: each gives the sample's findings, tagged with its name", () => {
    const result = checkWorkbook(grid);
    for (let i = 0; i < 3; i++) {
      const own = result.findings.filter((f) => f.department === departmentName(i));
      expect(signature(own)).toEqual(signature(single));
      expect(own.every((f) => f.sheet.startsWith(`D0${i + 1}-`))).toBe(true);
    }
    expect(result.departments!.map((d) => d.name)).toEqual([0, 1, 2].map(departmentName));
    expect(result.summary.error).toBe(3 * result.departments![0].summary.error);
  });

  it("keeps one department's error in that department", () => {
    // change 03 行政运行 基本支出 of the second department
    const sheet = grid.sheets.find((s) => s.name.startsWith("D02-03"))!;
    const cells = sheet.cells.map((r) => (r ? [...r] : r));
    let address = "";
    cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!address && cell?.value === 1116.8) {
          row[c] = { ...cell, value: 1161.8 };
          address = `${String.fromCharCode(65 + c)}${r + 1}`;
        }
      })
    );
    const changed: WorkbookGrid = { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...sheet, cells } : s)) };
    const result = checkWorkbook(changed);
    const errors = result.findings.filter((f) => f.severity === "error" && f.sheet === sheet.name);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => f.department === departmentName(1))).toBe(true);
    expect(parseAddress(address).row).toBeGreaterThan(0);
    const summaries = result.departments!;
    expect(summaries[1].summary.error).toBeGreaterThan(summaries[0].summary.error);
    expect(summaries[2].summary).toEqual(summaries[0].summary);
  });
});

describe("grouping by sheet-name prefix when no 部门 line exists", () => {
  it("uses the prefix as the department", async () => {
    const grid = await gridFromXlsx(await consolidatedBuffer(2, { noMarkerNoDepartment: true }), "无部门行.xlsx");
    const departments = recognizeDepartments(grid);
    expect(departments.map((d) => d.name)).toEqual(["D01", "D02"]);
    const result = checkWorkbook(grid);
    expect(signature(result.findings.filter((f) => f.department === "D02"))).toEqual(
      signature(result.findings.filter((f) => f.department === "D01"))
    );
  });
});

describe("a one-department workbook", () => {
  it("is one group, and its findings carry no department", async () => {
    const grid = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
    const departments = recognizeDepartments(grid);
    expect(departments).toHaveLength(1);
    expect(departments[0].name).toBe("中共辽宁省朝阳市委办公室");
    expect(single.every((f) => f.department === undefined)).toBe(true);
  });
});
