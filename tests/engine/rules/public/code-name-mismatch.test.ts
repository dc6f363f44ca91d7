import { codeNameMismatch } from "../../../../src/engine/rules/public/code-name-mismatch";
import { sample } from "./sample";
import { at, run } from "./tables";

const rowAddress = (tables: ReturnType<typeof sample>, kind: "01" | "03" | "06", key: string) => {
  const row = tables.public[kind]!.rows.find((r) => r.key === key)!;
  const first = Object.values(row.cells).sort((a, b) => a!.col - b!.col)[0]!;
  return `${first.sheet}!${first.address}`;
};

describe("code/name-mismatch", () => {
  it("passes the sample, short forms included (机关事业单位基本养老保险, …缴费 vs …缴费支出, 对民间非营利组织和群众性自治组织)", () => {
    expect(run(codeNameMismatch, sample())).toEqual([]);
  });

  it("warns when an economic row carries the name of another code", () => {
    const tables = sample([]);
    tables.public["06"]!.rows.find((r) => r.key === "30102")!.name = "基本工资";
    const findings = run(codeNameMismatch, tables);
    expect(findings.map((f) => `${f.messageId} ${f.severity} ${at(f)}`)).toEqual([`nameOfOtherCode warning ${rowAddress(tables, "06", "30102")}`]);
    // The wording is the point: both codes, the name found and the name 30102 should have.
    expect(findings[0].message).toBe("科目编码 30102 的名称“基本工资”是 30101 基本工资 的名称（30102 应为“津贴补贴”），请核对科目编码");
  });

  it("warns when a 01 category or a 03 row carries the name of another 类", () => {
    const tables = sample([]);
    tables.public["01"]!.rows.find((r) => r.key === "out.208")!.name = "八、卫生健康支出";
    tables.public["03"]!.rows.find((r) => r.key === "2080505")!.name = "住房保障支出";
    const findings = run(codeNameMismatch, tables);
    expect(findings.map((f) => `${f.messageId} ${f.severity} ${at(f)}`)).toEqual([
      `nameOfOtherCode warning ${rowAddress(tables, "01", "out.208")}`,
      // 2080505 is in no code list: the message can only name the code whose name it carries.
      `unlistedNameOfOtherCode warning ${rowAddress(tables, "03", "2080505")}`,
    ]);
    expect(findings[1].message).toBe("科目编码 2080505 的名称“住房保障支出”是 221 住房保障支出 的名称，请核对科目编码");
  });

  it("lets codes on one line of descent share a name (399 and 39999 其他支出; 229 and 22999)", () => {
    const tables = sample([["03", "22999", "total", ""]]);
    tables.public["03"]!.rows.find((r) => r.key === "22999")!.name = "其他支出";
    expect(run(codeNameMismatch, tables)).toEqual([]);
  });
});
