// The Shanghai layouts of the three real reports (tests/fixtures/real): tables first, the report's own titles,
// 07 as one row (empty in 社会工作部), 08 / 09 with their 合计 row on the line of 本年支出's sub-headers, empty ones
// with their 注： right under the header, 生态环境局's 决算数 under every header and 类 款 项 in its 合计 row.
import { figure, findRow, PublicTable } from "../../../../src/engine/tables";
import { recognizePublicTables } from "../../../../src/engine/recognize/public";
import { isFigure } from "../../../fixtures/real/model";
import { REAL_IDS, RealId, realGrid, realReport } from "../../../fixtures/real/fixtures";
import { shown } from "./helpers";

async function tablesOf(id: RealId) {
  return recognizePublicTables(await realGrid(id));
}

function tableOf(tables: PublicTable[], kind: string): PublicTable {
  const table = tables.find((t) => t.kind === kind);
  if (!table) throw new Error(`table ${kind} not recognised`);
  return table;
}

/** The figure the fixture's data prints in table `kind`, row with `code` ("" for 合计), body column `index`. */
function printed(id: RealId, kind: string, code: string, index: number): string {
  const table = realReport(id).tables.find((t) => t.kind === kind)!;
  const row = table.body.find((r) => (code === "" ? r[1] === "合计" : r[0] === code))!;
  const cell = row[index];
  if (!isFigure(cell)) throw new Error(`no figure at ${kind} ${code} ${index}`);
  return Number(cell.n).toFixed(2);
}

describe.each(REAL_IDS)("the real report %s", (id) => {
  it("gives nine tables and no recognition note", async () => {
    const { tables, notes } = await tablesOf(id);
    expect(tables.map((t) => t.kind)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    expect(notes).toEqual([]);
  });

  it("maps every column of 02, 03, 08 and 09 by its header", async () => {
    const { tables } = await tablesOf(id);
    expect(tableOf(tables, "02").columns).toEqual(["total", "fiscal", "superior", "business", "operating", "affiliated", "other"]);
    expect(tableOf(tables, "03").columns).toHaveLength(6);
    expect([...tableOf(tables, "08").columns].sort()).toEqual(["basic", "carryIn", "carryOut", "income", "project", "total"]);
    expect([...tableOf(tables, "09").columns].sort()).toEqual(["basic", "project", "total"]);
  });
});

describe("the 合计 row of 08 on the line of 本年支出's sub-headers (文旅局)", () => {
  it("reads the sub-headers as headers and the row's other cells as figures", async () => {
    const table = tableOf((await tablesOf("2025-putuo-wenlvju")).tables, "08");
    const total = findRow(table, "total")!;
    expect(Object.keys(total.cells).sort()).toEqual(["carryIn", "carryOut", "income"]);
    expect(shown(total.cells.income)).toBe(printed("2025-putuo-wenlvju", "08", "", 3));
    const row = findRow(table, "207")!;
    expect(shown(row.cells.total)).toBe(printed("2025-putuo-wenlvju", "08", "207", 4));
    expect(shown(row.cells.project)).toBe(printed("2025-putuo-wenlvju", "08", "207", 6));
    expect(row.cells.basic?.state).toBe("blank");
  });
});

describe("empty tables whose 注： follows the header at once", () => {
  it.each(["2024-putuo-shehuigongzuobu", "2025-putuo-shengtai"] as const)("recognises %s's empty 08 and 09", async (id) => {
    const { tables } = await tablesOf(id);
    for (const kind of ["08", "09"]) {
      const table = tableOf(tables, kind);
      expect(table.empty).toBe(true);
      expect(table.rows).toEqual([]);
    }
  });

  it("reads 社会工作部's empty one-row 07 as blanks, not the note under it", async () => {
    const table = tableOf((await tablesOf("2024-putuo-shehuigongzuobu")).tables, "07");
    expect(table.empty).toBe(true);
    expect(table.rows.map((r) => r.key).sort()).toEqual(["abroad", "reception", "total", "vehicle", "vehicleOps", "vehiclePurchase"]);
    for (const row of table.rows) {
      for (const cell of Object.values(row.cells)) expect(cell?.state).toBe("blank");
    }
  });
});

describe("生态环境局's 决算数 under every column header and 类 款 项 in the 合计 row", () => {
  it("maps 02's columns by the words above 决算数 and reads its 合计 row", async () => {
    const table = tableOf((await tablesOf("2025-putuo-shengtai")).tables, "02");
    expect(shown(figure(table, "total", "fiscal"))).toBe(printed("2025-putuo-shengtai", "02", "", 3));
    expect(shown(figure(table, "211", "total"))).toBe(printed("2025-putuo-shengtai", "02", "211", 2));
  });

  it("reads 06's codes split over 类 | 款", async () => {
    const table = tableOf((await tablesOf("2025-putuo-shengtai")).tables, "06");
    expect(findRow(table, "30231")!.name).toBe("公务用车运行维护费");
    expect(findRow(table, "publicTotal")).toBeDefined();
  });
});
