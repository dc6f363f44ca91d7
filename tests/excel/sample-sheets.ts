// Sheets laid out as the finance system exports them, with the sample report's real figures (公开03表 and 公开07表 of
// /work/shared/samples/000_dee175dac44828f2.txt), for the Office.js host's tests.
import { FakeCellSpec, FakeSheetSpec } from "./fake-excel";

const MONEY = "#,##0.00";
const money = (value: number | null): FakeCellSpec => (value === null ? null : { value, numFmt: MONEY });

/** 公开03表 支出决算表: code, name, 本年支出合计, 基本支出, 项目支出. */
export const TABLE_03_ROWS: [string, string, number | null, number | null, number | null][] = [
  ["", "合计", 2259.73, 1672.09, 587.63],
  ["201", "一般公共服务支出", 1837.28, 1249.65, 587.63],
  ["20131", "党委办公厅（室）及相关机构事务", 1837.28, 1249.65, 587.63],
  ["2013101", "行政运行", 1116.8, 1116.8, null],
  ["2013102", "一般行政管理事务", 587.63, null, 587.63],
  ["2013150", "事业运行", 132.85, 132.85, null],
  ["208", "社会保障和就业支出", 247.92, 247.92, null],
  ["20805", "行政事业单位养老支出", 192.95, 192.95, null],
  ["2080501", "行政单位离退休", 35.88, 35.88, null],
  ["2080505", "机关事业单位基本养老保险缴费", 124.32, 124.32, null],
  ["2080506", "机关事业单位职业年金缴费支出", 32.75, 32.75, null],
  ["20808", "抚恤", 54.97, 54.97, null],
  ["2080801", "死亡抚恤", 54.97, 54.97, null],
  ["210", "卫生健康支出", 66.99, 66.99, null],
  ["21011", "行政事业单位医疗", 66.99, 66.99, null],
  ["2101101", "行政单位医疗", 40.63, 40.63, null],
  ["2101102", "事业单位医疗", 8.11, 8.11, null],
  ["2101103", "公务员医疗补助", 18.25, 18.25, null],
  ["221", "住房保障支出", 107.54, 107.54, null],
  ["22102", "住房改革支出", 107.54, 107.54, null],
  ["2210201", "住房公积金", 107.54, 107.54, null],
];

/** The first data row of table 03 on its sheet (合计). */
export const TABLE_03_FIRST_DATA_ROW = 8;

/** 公开03表 as a sheet: merged title, marker, 部门 line, two header rows, 栏次, data, 注. */
export function table03Sheet(name = "03支出决算表", blanks: string[] = []): FakeSheetSpec {
  const rows: FakeCellSpec[][] = [
    ["支出决算表", null, null, null, null, null, null, null],
    [null, null, null, null, null, null, null, "公开03表"],
    ["部门：中共辽宁省朝阳市委办公室", null, null, "2024年度", null, null, null, "金额单位：万元"],
    ["项目", null, "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"],
    ["功能分类科目编码", "科目名称", null, null, null, null, null, null],
    [null, null, null, null, null, null, null, null],
    ["栏次", null, 1, 2, 3, 4, 5, 6],
  ];
  TABLE_03_ROWS.forEach(([code, label, total, basic, project], index) => {
    const row = TABLE_03_FIRST_DATA_ROW + index;
    const blank = (column: string) => blanks.includes(`${column}${row}`);
    rows.push([
      code === "" ? null : { value: code, numFmt: "@" },
      label,
      blank("C") ? null : money(total),
      blank("D") ? null : money(basic),
      blank("E") ? null : money(project),
      null,
      null,
      null,
    ]);
  });
  rows.push(["注：本表反映部门本年度各项支出情况。"]);
  return { name, rows, merges: ["A1:H1", "A4:B4", "C4:C6", "D4:D6", "E4:E6", "A7:B7"] };
}

/** 公开07表 “三公”经费: 项目 | 预算数 | 决算数. */
export function table07Sheet(name = "07三公经费"): FakeSheetSpec {
  return {
    name,
    rows: [
      ["财政拨款“三公”经费支出决算表", null, null],
      [null, null, "公开07表"],
      ["部门：中共辽宁省朝阳市委办公室", "2024年度", "金额单位：万元"],
      ["项 目", "预算数", "决算数"],
      ["合 计", money(57.99), money(57.4)],
      ["1、因公出国（境）费", null, null],
      ["2、公务接待费", money(1), money(0.42)],
      ["3、公务用车购置及运行费", money(56.99), money(56.98)],
      ["其中：(1) 公务用车运行维护费", money(56.99), money(56.98)],
      ["(2) 公务用车购置费", null, null],
    ],
    merges: ["A1:C1"],
  };
}

/** `count` sheets alternating tables 03 and 07, each under its own name. */
export function manySheets(count: number): FakeSheetSpec[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? table03Sheet(`03支出决算表${i + 1}`) : table07Sheet(`07三公经费${i + 1}`)));
}
