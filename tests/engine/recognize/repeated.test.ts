// A table found on two sheets: the first is checked, the second is said once.
import * as fs from "fs";
import { checkWorkbook } from "../../../src/engine";
import { recognizeDepartments } from "../../../src/engine/recognize";
import { gridFromXlsx } from "../../../src/xlsx/read";
import { SAMPLE_PATH } from "../../fixtures/build-sample";

it("checks the first of two 03 tables and notes the second", async () => {
  const grid = await gridFromXlsx(fs.readFileSync(SAMPLE_PATH), "sample.xlsx");
  const t03 = grid.sheets.find((s) => s.name.startsWith("03"))!;
  const copy = { ...t03, name: "03支出决算表 (2)" };
  const doubled = { ...grid, sheets: [...grid.sheets, copy] };
  const departments = recognizeDepartments(doubled);
  expect(departments).toHaveLength(1);
  expect(departments[0].tables.public["03"]!.sheet).toBe(t03.name);
  const notes = checkWorkbook(doubled).findings.filter((f) => f.rule === "table/recognition");
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({ severity: "info", sheet: copy.name, table: "03" });
  expect(notes[0].message).toContain(`以工作表“${t03.name}”中的为准`);
});
