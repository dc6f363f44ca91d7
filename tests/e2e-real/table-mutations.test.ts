// Every figure of the real reports' tables is checked: changed by +37.00 in turn (the recognised tables copied
// with that one cell changed), it gives a new error or warning. The only exception is a table that prints no
// figure at all (社会工作部's empty 07): one figure typed into it leaves its blank totals to be filled, and nothing
// printed contradicts it.
import { amountOf } from "../../src/engine/amount";
import { Decimal } from "../../src/engine/decimal";
import { runRules } from "../../src/engine";
import { recognizeWorkbook } from "../../src/engine/recognize";
import { WorkbookTables } from "../../src/engine/rule";
import { PUBLIC_RULES } from "../../src/engine/rules/public";
import { PublicKind } from "../../src/engine/tables";
import { REAL_IDS, realGrid } from "../fixtures/real/fixtures";

const alarms = (tables: WorkbookTables) =>
  runRules(tables, undefined, PUBLIC_RULES).filter((f) => f.severity === "error" || f.severity === "warning");

describe.each(REAL_IDS)("%s", (id) => {
  it("gives an error or a warning for every table figure made wrong by 37.00", async () => {
    const base = recognizeWorkbook(await realGrid(id));
    const before = new Set(alarms(base).map((f) => `${f.rule}|${f.sheet}!${f.cell}`));
    const emptyKinds = new Set(Object.values(base.public).filter((t) => t!.empty).map((t) => t!.kind));
    const missed: string[] = [];
    let figures = 0;
    for (const table of Object.values(base.public)) {
      table!.rows.forEach((row, index) => {
        for (const [column, cell] of Object.entries(row.cells)) {
          if (!cell || cell.state === "invalid") continue;
          figures++;
          const wrong = { ...cell, state: "amount" as const, amount: amountOf((cell.amount?.value ?? new Decimal(0)).plus(37), 2) };
          const rows = table!.rows.map((r, j) => (j === index ? { ...r, cells: { ...r.cells, [column]: wrong } } : r));
          const tables: WorkbookTables = { ...base, public: { ...base.public, [table!.kind]: { ...table!, rows, empty: false } } };
          const added = alarms(tables).filter((f) => !before.has(`${f.rule}|${f.sheet}!${f.cell}`));
          if (added.length === 0) missed.push(`${table!.kind} ${row.key} ${column}`);
        }
      });
    }
    expect(figures).toBeGreaterThan(500);
    expect(missed.filter((m) => !emptyKinds.has(m.slice(0, 2) as PublicKind))).toEqual([]);
  });
});
