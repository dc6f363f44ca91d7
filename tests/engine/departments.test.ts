// A workbook holding several departments' tables is checked department by department.
import * as fs from "fs";
import { checkWorkbook } from "../../src/engine";
import { Finding } from "../../src/engine/finding";
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { recognizeDepartments } from "../../src/engine/recognize";
import { gridFromXlsx } from "../../src/xlsx/read";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { consolidatedBuffer, departmentName } from "../fixtures/consolidated";
import { PUBLIC_TITLES, PublicKind } from "../../src/engine/tables";

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

describe("a one-department workbook whose sheets are numbered as the printed report numbers its tables", () => {
  const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

  /** The sample with its nine 公开 sheets renamed "表一 收入支出决算总表" … and every 部门： line blanked. */
  async function renamedSample(): Promise<{ grid: WorkbookGrid; oldNameOf: Map<string, string> }> {
    const grid = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
    const tables = recognizeDepartments(grid)[0].tables.all;
    const newNameOf = new Map<string, string>();
    for (const table of tables) {
      if (!/^0[1-9]$/.test(table.kind) || newNameOf.has(table.sheet)) continue;
      newNameOf.set(table.sheet, `表${NUMERALS[Number(table.kind) - 1]} ${PUBLIC_TITLES[table.kind as PublicKind]}`);
    }
    let blanked = 0;
    const sheets = grid.sheets.map((sheet) => {
      const name = newNameOf.get(sheet.name);
      if (!name) return sheet;
      const cells = sheet.cells.map((row) =>
        row?.map((cell) => {
          if (typeof cell?.value === "string" && cell.value.startsWith("部门：")) {
            blanked++;
            return undefined;
          }
          return cell;
        })
      );
      return { ...sheet, name, cells };
    });
    expect(newNameOf.size).toBe(9);
    expect(blanked).toBe(9);
    return { grid: { ...grid, sheets }, oldNameOf: new Map([...newNameOf].map(([from, to]) => [to, from])) };
  }

  it("is one department, and checks exactly as the sample does", async () => {
    const { grid, oldNameOf } = await renamedSample();
    const departments = recognizeDepartments(grid);
    expect(departments).toHaveLength(1);
    expect(departments[0].tables.all.filter((t) => /^0[1-9]$/.test(t.kind))).toHaveLength(9);
    const sampleFindings = checkWorkbook(await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx")).findings;
    // Every finding, its sheet names told back in the sample's names.
    const told = (findings: Finding[]) =>
      findings.map((f) => {
        let text = JSON.stringify({ ...f, department: f.department ?? null });
        for (const [renamed, old] of oldNameOf) text = text.split(renamed).join(old);
        return text;
      });
    const renamedFindings = checkWorkbook(grid).findings;
    expect(renamedFindings.every((f) => f.department === undefined)).toBe(true);
    expect(told(renamedFindings)).toEqual(told(sampleFindings));
  });

  it("is split when it holds a table twice, by sheet-name prefixes with the Chinese table numbers stripped", async () => {
    const { grid } = await renamedSample();
    const renamed = grid.sheets.map((s) => (s.name.startsWith("表") ? { ...s, name: `甲局-${s.name}` } : s));
    const first = renamed.find((s) => s.name.startsWith("甲局-表一"))!;
    const doubled: WorkbookGrid = { ...grid, sheets: [...renamed, { ...first, name: "乙局-表一 收入支出决算总表" }] };
    const departments = recognizeDepartments(doubled);
    // The 绩效自评 and 情况说明 sheets carry no prefix: they are listed apart, as before.
    expect(departments.map((d) => d.name)).toEqual(["甲局", "乙局", "（未识别部门的工作表）"]);
    expect(departments[0].tables.all.filter((t) => /^0[1-9]$/.test(t.kind))).toHaveLength(9);
  });
});
