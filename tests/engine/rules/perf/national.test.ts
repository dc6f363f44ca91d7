// The sample's five 绩效自评 sheets re-laid in the national forms (tests/fixtures/perf-national, built by its
// build.ts from sample-data.ts): the same errors, warnings and 尾差 as the sample's own form, at the mapped cells,
// no header or total row read as a figure; then each committed copy with one figure changed gives its error there.
import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook, CheckResult } from "../../../../src/engine/index";
import { Finding } from "../../../../src/engine/finding";
import { cellAddress, parseAddress, SheetGrid, WorkbookGrid } from "../../../../src/engine/grid";
import { PERF_RULES } from "../../../../src/engine/rules/perf";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { Decimal } from "../../../../src/engine/decimal";
import { PERF_PROJECT_INVESTMENT, PERF_SHEETS } from "../../../fixtures/sample-data";
import { addressOf, colOf, rowOf, samplePerfWorkbook, withCell } from "../../perf/sample-sheets";
import { brief } from "./run";

const DIR = join(__dirname, "../../../fixtures/perf-national");

interface ChangedCopy {
  file: string;
  rule: string;
  sheet: string;
  row: string;
  header: string;
}

const read = (file: string) => gridFromXlsx(readFileSync(join(DIR, file)), file);
const isPerf = (f: Finding) => f.table === "perf-unit" || f.table === "perf-project";
const key = (f: Finding) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell} ${f.message}`;

describe("the sample's 绩效自评 sheets in the national forms", () => {
  let grid: WorkbookGrid;
  let result: CheckResult;
  const sheet = (name: string): SheetGrid => grid.sheets.find((s) => s.name.includes(name))!;

  beforeAll(async () => {
    grid = await read("national.xlsx");
    result = checkWorkbook(grid);
  });

  it("recognises the two 整体支出 and three 项目支出 sheets", () => {
    expect(result.tables.map((t) => t.kind)).toEqual(["perf-unit", "perf-unit", "perf-project", "perf-project", "perf-project"]);
  });

  it("gives exactly the sample's errors, warnings and 尾差, at the corresponding cells", () => {
    const u1 = sheet("市委办");
    const u2 = sheet("机要中心");
    const p2 = sheet("党委专项业务经费");
    const p3 = sheet("招商引资专项经费");
    const at = (s: SheetGrid, address: string) => `${s.name}!${address}`;
    const taskRate = (s: SheetGrid, task: string) => at(s, addressOf(s, task, "执行率"));
    const indicatorHeader = rowOf(p3, "一级指标");
    const checked = result.findings.filter((f) => f.severity !== "info");
    expect(brief(checked)).toEqual(
      [
        `error perf/points-total ${at(p3, cellAddress(indicatorHeader, colOf(p3, "分值", indicatorHeader)))}`,
        // The sample's 小计 ≠ Σ 得分: the national form has no 小计, so its 总分 (Σ 得分 + 资金得分 − 减分项) fails.
        `error perf/total-score ${at(p3, addressOf(p3, "总分", "得分"))}`,
        `warning perf/execution-indicator ${at(u2, addressOf(u2, "预算执行率", "实际完成值"))}`,
        `warning perf/adjustment-indicator ${at(u2, addressOf(u2, "预算调整率", "实际完成值"))}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出公用经费（保运转）")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出人员经费（保工资）")}`,
        `rounding perf/execution-rate ${taskRate(u1, "部门预算基本支出人员经费（刚性）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出人员经费（保工资）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出人员经费（刚性）")}`,
        `rounding perf/execution-rate ${taskRate(u2, "部门预算基本支出公用经费（保运转）")}`,
        `rounding perf/execution-rate ${at(p2, addressOf(p2, "年度资金总额", "执行率"))}`,
        `rounding perf/execution-rate ${at(p3, addressOf(p3, "年度资金总额", "执行率"))}`,
      ].sort()
    );
  });

  it("matches the sample's own form finding for finding, the 小计 error becoming the 总分 one", () => {
    const sample = checkWorkbook(samplePerfWorkbook());
    const classes = (findings: Finding[], rename: Record<string, string> = {}) =>
      findings.filter((f) => f.severity !== "info").map((f) => `${f.severity} ${rename[f.rule] ?? f.rule} ${f.expected} ${f.actual}`);
    const national = classes(result.findings);
    const mapped = classes(sample.findings, { "perf/subtotal": "perf/total-score" });
    // Same rules, same expected and actual figures — except the 总分 one, which adds 资金得分 and 减分项 to Σ 得分.
    const totalNational = national.filter((line) => line.includes("perf/total-score"));
    const investment = PERF_PROJECT_INVESTMENT;
    const sumOfScores = investment.indicators.reduce((sum, i) => sum.plus(i.score), new Decimal(0));
    const expected = sumOfScores.plus(investment.rateScore).minus(investment.deduction);
    expect(totalNational).toEqual([`error perf/total-score ${expected.toString()} ${investment.totalScore}`]);
    expect(national.filter((line) => !line.includes("perf/total-score")).sort()).toEqual(mapped.filter((line) => !line.includes("perf/total-score")).sort());
    expect(national).toHaveLength(mapped.length);
    expect(result.summary).toMatchObject({ error: sample.summary.error, warning: sample.summary.warning, rounding: sample.summary.rounding });
  });

  it("reads no header cell and no total row as a figure, and raises no recognition note", () => {
    expect(result.findings.filter((f) => f.rule === "input/invalid-figure" || f.rule === "table/recognition")).toEqual([]);
    const pointsTotal = result.findings.find((f) => f.rule === "perf/points-total")!;
    // 76.7: the indicators' 分值 only, not the 总分 row's 100 nor the 资金 block's header.
    expect(pointsTotal.messageId).toBe("projectPoints");
    expect(pointsTotal.message).toBe("项目“招商引资专项经费”：各指标分值之和（满分 100 分，项目资金（预算执行率）另占 10 分）应为 90，实为 76.7，相差 13.3");
    const total = result.findings.find((f) => f.rule === "perf/total-score")!;
    expect(total.messageId).toBe("sumMismatch");
    expect(total.message).toBe("项目“招商引资专项经费”：总分应等于各指标得分之和 + 预算执行率得分 − 减分项：应为 55.704，实为 69，相差 13.296");
  });

  it("accounts for every qualitative 得分 with a 信息 at its cell, and for nothing else", () => {
    const infos = result.findings.filter((f) => f.severity === "info");
    expect(infos.every((f) => f.rule === "perf/indicator-score")).toBe(true);
    const u1 = sheet("市委办");
    const info = infos.find((f) => f.sheet === u1.name && f.cell === addressOf(u1, "依法行政能力", "得分"))!;
    expect(info.messageId).toBe("notScored");
    expect(info.message).toBe(
      "单位“中共朝阳市委办公室”：“依法行政能力”的得分无法核对：定性指标（年度指标值“管理规范”没有运算符号和数值），表中没有完成程度列，得分不能由数字算出，请人工复核"
    );
    // One at the 得分 of each qualitative indicator of the sample (no operator), none for a quantitative one.
    const perfSheets = result.tables.map((t) => grid.sheets.find((s) => s.name === t.sheet)!);
    const expected = PERF_SHEETS.flatMap((source, i) =>
      source.indicators.filter((indicator) => indicator.operator === "").map((indicator) => `${perfSheets[i].name}!${addressOf(perfSheets[i], indicator.level3, "得分")}`)
    );
    expect(infos.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(expected.sort());
  });
});

describe("the national-form copies with one figure changed", () => {
  const copies: ChangedCopy[] = JSON.parse(readFileSync(join(DIR, "copies.json"), "utf8"));
  let baseline: Set<string>;

  beforeAll(async () => {
    baseline = new Set(checkWorkbook(await read("national.xlsx")).findings.map(key));
  });

  it("has one copy for each rule that checks a figure of the national forms", () => {
    const covered = new Set(copies.map((c) => c.rule));
    const national = PERF_RULES.map((r) => r.meta.id).filter((id) => id !== "perf/subtotal" && id !== "perf/completion");
    expect([...covered].sort()).toEqual(national.sort());
  });

  it.each(copies.map((c) => [c.file, c] as const))("%s: its rule fails at the changed cell", async (_file, copy) => {
    const grid = await read(copy.file);
    const sheet = grid.sheets.find((s) => s.name === copy.sheet)!;
    const address = addressOf(sheet, copy.row, copy.header);
    const added = checkWorkbook(grid).findings.filter((f) => !baseline.has(key(f)));
    const severity = PERF_RULES.find((r) => r.meta.id === copy.rule)!.meta.severity;
    const own = added.filter((f) => f.rule === copy.rule && f.severity === severity);
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((f) => f.cell === address || f.related.includes(address))).toBe(true);
    // Everything the change adds is about that cell (or built on it), on that sheet, and nothing is a 尾差 or a note.
    for (const finding of added) {
      expect(finding.sheet).toBe(copy.sheet);
      expect(isPerf(finding)).toBe(true);
      expect(["error", "warning"]).toContain(finding.severity);
      expect(finding.cell === address || finding.related.includes(address)).toBe(true);
    }
  });
});

describe("a 整体支出 sheet whose 资金 block carries 分值 and 得分", () => {
  let unit: SheetGrid;
  beforeAll(async () => {
    unit = (await read("national.xlsx")).sheets.find((s) => s.name.includes("市委办"))!;
  });
  const check = (s: SheetGrid) => checkWorkbook({ name: "t.xlsx", sheets: [s] }).findings;

  it("checks that 得分 as 分值 × 执行率 and counts both in the 100 points and the 总分", () => {
    const points = addressOf(unit, "年度资金总额", "分值");
    const score = addressOf(unit, "年度资金总额", "得分");
    const rate = addressOf(unit, "年度资金总额", "执行率");
    const findings = check(withCell(withCell(unit, points, 10), score, 5));
    const own = findings.find((f) => f.rule === "perf/execution-rate-score")!;
    expect(own).toMatchObject({ severity: "error", messageId: "mismatch", cell: score });
    expect(own.related).toEqual([points, rate]);
    const { row, col } = parseAddress(rate);
    const shownRate = new Decimal(String(unit.cells[row - 1][col - 1]!.value));
    expect(own.expected).toBe(shownRate.times(10).toString());
    expect(own.message).toContain(`资金表“年度资金总额”的得分应为 10 × ${shownRate.times(100).toFixed(2)}% = ${own.expected}，实为 5`);
    // The 10 points and the 5 now count: 110 points, and the 总分 no longer adds up.
    expect(findings.filter((f) => f.severity === "error").map((f) => f.rule).sort()).toEqual([
      "perf/execution-rate-score",
      "perf/points-total",
      "perf/unit-total-score",
    ]);
  });
});

describe("the bundled sample with its 绩效自评 sheets swapped for the national forms", () => {
  it("gives the same findings everywhere else, the narrative's 绩效 paragraph included, and the same classes in all", async () => {
    const sample = await gridFromXlsx(readFileSync(join(__dirname, "../../../fixtures/sample.xlsx")), "sample.xlsx");
    const national = await read("national.xlsx");
    const own = checkWorkbook(sample);
    const perfSheets = new Set(own.tables.filter((t) => t.kind === "perf-unit" || t.kind === "perf-project").map((t) => t.sheet));
    const swapped = checkWorkbook({ ...sample, sheets: [...sample.sheets.filter((s) => !perfSheets.has(s.name)), ...national.sheets] });
    const outside = (result: CheckResult) => result.findings.filter((f) => !isPerf(f)).map(key);
    expect(outside(swapped)).toEqual(outside(own));
    expect(swapped.findings.filter((f) => f.table === "narrative").length).toBeGreaterThan(0);
    expect(swapped.summary).toMatchObject({ error: own.summary.error, warning: own.summary.warning, rounding: own.summary.rounding });
  });
});

describe("figures of the 资金 block that cannot be checked are told, not passed over", () => {
  let project: SheetGrid;
  beforeAll(async () => {
    project = (await read("national.xlsx")).sheets.find((s) => s.name.includes("党委工作经费缺口"))!;
  });
  const added = (changed: SheetGrid) => {
    const before = new Set(checkWorkbook({ name: "t.xlsx", sheets: [project] }).findings.map(key));
    return checkWorkbook({ name: "t.xlsx", sheets: [changed] }).findings.filter((f) => !before.has(key(f)));
  };

  it("a 执行率 over a 预算数 of “—”: 信息 at the rate", () => {
    const cell = addressOf(project, "上年结转资金", "执行率");
    const findings = added(withCell(project, cell, "50%"));
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([`info perf/execution-rate ${cell}`]);
    expect(findings[0].messageId).toBe("noBudget");
    expect(findings[0].message).toBe("项目“党委工作经费缺口”：资金表“上年结转资金”的执行率无法核对：预算数为空或为 0，执行率不能计算");
  });

  it("a 得分 on a 其中 row: 信息, and it is not added into the 总分", () => {
    const cell = addressOf(project, "其中：当年财政拨款", "得分");
    const findings = added(withCell(project, cell, 5));
    expect(findings.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([`info perf/execution-rate-score ${cell}`]);
  });

  it("a 执行率 on a 其中 row is checked like the total's", () => {
    const cell = addressOf(project, "其中：当年财政拨款", "执行率");
    const total = addressOf(project, "年度资金总额", "执行率");
    const { row, col } = parseAddress(total);
    const agreeing = added(withCell(project, cell, project.cells[row - 1][col - 1]!));
    expect(agreeing).toEqual([]);
    const wrong = added(withCell(project, cell, "50%"));
    expect(wrong.map((f) => `${f.severity} ${f.rule} ${f.cell}`)).toEqual([`error perf/execution-rate ${cell}`]);
  });
});
