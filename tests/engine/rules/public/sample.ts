// The nine 公开 tables of the reference sample (shared/samples/000_dee175dac44828f2.txt, 第四部分) as recognised
// tables, figure for figure. `sample(changes)` gives the same tables with some figures changed.
import { WorkbookTables } from "../../../../src/engine/rule";
import { PublicKind } from "../../../../src/engine/tables";
import { RowFigures, RowSpec, table, workbook } from "./tables";

/** [table, row key, column, new shown text ("" blank, null no cell)]. */
export type Change = [kind: PublicKind, row: string, column: string, value: string | null];

const CATEGORIES: [code: string, name: string][] = [
  ["201", "一、一般公共服务支出"],
  ["202", "二、外交支出"],
  ["203", "三、国防支出"],
  ["204", "四、公共安全支出"],
  ["205", "五、教育支出"],
  ["206", "六、科学技术支出"],
  ["207", "七、文化旅游体育与传媒支出"],
  ["208", "八、社会保障和就业支出"],
  ["210", "九、卫生健康支出"],
  ["211", "十、节能环保支出"],
  ["212", "十一、城乡社区支出"],
  ["213", "十二、农林水支出"],
  ["214", "十三、交通运输支出"],
  ["215", "十四、资源勘探工业信息等支出"],
  ["216", "十五、商业服务业等支出"],
  ["217", "十六、金融支出"],
  ["219", "十七、援助其他地区支出"],
  ["220", "十八、自然资源海洋气象等支出"],
  ["221", "十九、住房保障支出"],
  ["222", "二十、粮油物资储备支出"],
  ["223", "二十一、国有资本经营预算支出"],
  ["224", "二十二、灾害防治及应急管理支出"],
  ["229", "二十三、其他支出"],
  ["231", "二十四、债务还本支出"],
  ["232", "二十五、债务付息支出"],
  ["234", "二十六、抗疫特别国债安排的支出"],
];

/** The sample's figures for the categories it spends on (01 and 04 show 卫生健康 as 66.98). */
const CATEGORY_FIGURES: Record<string, string> = { "201": "1,837.28", "208": "247.92", "210": "66.98", "221": "107.54" };

function rows01(): RowSpec[] {
  const amount = (v: string): RowFigures => ({ amount: v });
  return [
    ["in.gpb", amount("2,259.73"), "一、一般公共预算财政拨款收入"],
    ["in.gov", amount(""), "二、政府性基金预算财政拨款收入"],
    ["in.soe", amount(""), "三、国有资本经营预算财政拨款收入"],
    ["in.superior", amount(""), "四、上级补助收入"],
    ["in.business", amount(""), "五、事业收入"],
    ["in.operating", amount(""), "六、经营收入"],
    ["in.affiliated", amount(""), "七、附属单位上缴收入"],
    ["in.other", amount(""), "八、其他收入"],
    ["in.total", amount("2,259.73"), "本年收入合计"],
    ["in.nonFiscalSurplus", amount(""), "使用非财政拨款结余"],
    ["in.carryIn", amount(""), "年初结转和结余"],
    ["in.grand", amount("2,259.73"), "总计"],
    ...CATEGORIES.map(([code, name]): RowSpec => [`out.${code}`, amount(CATEGORY_FIGURES[code] ?? ""), name]),
    ["out.total", amount("2,259.73"), "本年支出合计"],
    ["out.surplusDist", amount(""), "结余分配"],
    ["out.carryOut", amount(""), "年末结转和结余"],
    ["out.grand", amount("2,259.73"), "总计"],
  ];
}

function rows02(): RowSpec[] {
  const both = (v: string): RowFigures => ({ total: v, fiscal: v });
  return [
    ["total", both("2,259.73"), "合计"],
    ["201", both("1,837.28"), "一般公共服务支出"],
    ["20131", both("1,837.28"), "党委办公厅（室）及相关机构事务"],
    ["2013101", both("1,116.80"), "行政运行"],
    ["2013102", both("587.63"), "一般行政管理事务"],
    ["2013150", both("132.85"), "事业运行"],
    ["208", both("247.92"), "社会保障和就业支出"],
    ["20805", both("192.95"), "行政事业单位养老支出"],
    ["2080501", both("35.88"), "行政单位离退休"],
    ["2080505", both("124.32"), "机关事业单位基本养老保险缴费"],
    ["2080506", both("32.75"), "机关事业单位职业年金缴费支出"],
    ["20808", both("54.97"), "抚恤"],
    ["2080801", both("54.97"), "死亡抚恤"],
    ["210", both("66.99"), "卫生健康支出"],
    ["21011", both("66.99"), "行政事业单位医疗"],
    ["2101101", both("40.63"), "行政单位医疗"],
    ["2101102", both("8.11"), "事业单位医疗"],
    ["2101103", both("18.25"), "公务员医疗补助"],
    ["221", both("107.54"), "住房保障支出"],
    ["22102", both("107.54"), "住房改革支出"],
    ["2210201", both("107.54"), "住房公积金"],
  ];
}

/** 03 and 05 share their rows; 05 prints 0.00 where 03 leaves the cell blank. */
function spendingRows(zero: string, nameOf2080505: string): RowSpec[] {
  const f = (total: string, basic: string, project: string): RowFigures => ({ total, basic, project });
  return [
    ["total", f("2,259.73", "1,672.09", "587.63"), "合计"],
    ["201", f("1,837.28", "1,249.65", "587.63"), "一般公共服务支出"],
    ["20131", f("1,837.28", "1,249.65", "587.63"), "党委办公厅（室）及相关机构事务"],
    ["2013101", f("1,116.80", "1,116.80", zero), "行政运行"],
    ["2013102", f("587.63", zero, "587.63"), "一般行政管理事务"],
    ["2013150", f("132.85", "132.85", zero), "事业运行"],
    ["208", f("247.92", "247.92", zero), "社会保障和就业支出"],
    ["20805", f("192.95", "192.95", zero), "行政事业单位养老支出"],
    ["2080501", f("35.88", "35.88", zero), "行政单位离退休"],
    ["2080505", f("124.32", "124.32", zero), nameOf2080505],
    ["2080506", f("32.75", "32.75", zero), "机关事业单位职业年金缴费支出"],
    ["20808", f("54.97", "54.97", zero), "抚恤"],
    ["2080801", f("54.97", "54.97", zero), "死亡抚恤"],
    ["210", f("66.99", "66.99", zero), "卫生健康支出"],
    ["21011", f("66.99", "66.99", zero), "行政事业单位医疗"],
    ["2101101", f("40.63", "40.63", zero), "行政单位医疗"],
    ["2101102", f("8.11", "8.11", zero), "事业单位医疗"],
    ["2101103", f("18.25", "18.25", zero), "公务员医疗补助"],
    ["221", f("107.54", "107.54", zero), "住房保障支出"],
    ["22102", f("107.54", "107.54", zero), "住房改革支出"],
    ["2210201", f("107.54", "107.54", zero), "住房公积金"],
  ];
}

function rows04(): RowSpec[] {
  const amount = (v: string): RowFigures => ({ amount: v });
  const out = (v: string): RowFigures => ({ total: v, gpb: v });
  return [
    ["in.gpb", amount("2,259.73"), "一、一般公共预算财政拨款"],
    ["in.gov", amount(""), "二、政府性基金预算财政拨款"],
    ["in.soe", amount(""), "三、国有资本经营预算财政拨款"],
    ["in.total", amount("2,259.73"), "本年收入合计"],
    ["in.carryIn", amount(""), "年初财政拨款结转和结余"],
    ["in.carryIn.gpb", amount(""), "一般公共预算财政拨款"],
    ["in.carryIn.gov", amount(""), "政府性基金预算财政拨款"],
    ["in.carryIn.soe", amount(""), "国有资本经营预算财政拨款"],
    ["in.grand", amount("2,259.73"), "总计"],
    ...CATEGORIES.map(([code, name]): RowSpec => [`out.${code}`, out(CATEGORY_FIGURES[code] ?? ""), name]),
    ["out.total", out("2,259.73"), "本年支出合计"],
    ["out.carryOut", out(""), "年末财政拨款结转和结余"],
    ["out.grand", out("2,259.73"), "总计"],
  ];
}

/** 06 with the full five-digit codes a real workbook has (the PDF cut them to four) and the sample's names. */
function rows06(): RowSpec[] {
  const a = (v: string): RowFigures => ({ amount: v });
  const list: [string, string, string][] = [
    ["301", "工资福利支出", "1,256.61"],
    ["30101", "基本工资", "391.82"],
    ["30102", "津贴补贴", "185.41"],
    ["30103", "奖金", "286.45"],
    ["30106", "伙食补助费", ""],
    ["30107", "绩效工资", "59.02"],
    ["30108", "机关事业单位基本养老保险", "124.32"],
    ["30109", "职业年金缴费", "32.75"],
    ["30110", "职工基本医疗保险缴费", "48.73"],
    ["30111", "公务员医疗补助缴费", "18.25"],
    ["30112", "其他社会保障缴费", "2.33"],
    ["30113", "住房公积金", "107.54"],
    ["30114", "医疗费", ""],
    ["30199", "其他工资福利支出", ""],
    ["303", "对个人和家庭的补助", "117.81"],
    ["30301", "离休费", "24.14"],
    ["30302", "退休费", "10.04"],
    ["30303", "退职（役）费", ""],
    ["30304", "抚恤金", "54.97"],
    ["30305", "生活补助", ""],
    ["30306", "救济费", ""],
    ["30307", "医疗费补助", "20.98"],
    ["30308", "助学金", ""],
    ["30309", "奖励金", ""],
    ["30310", "个人农业生产补贴", ""],
    ["30311", "代缴社会保险费", ""],
    ["30399", "其他对个人和家庭的补助", "7.69"],
    ["302", "商品和服务支出", "295.67"],
    ["30201", "办公费", "13.28"],
    ["30202", "印刷费", "8.52"],
    ["30203", "咨询费", ""],
    ["30204", "手续费", ""],
    ["30205", "水费", ""],
    ["30206", "电费", ""],
    ["30207", "邮电费", "2.50"],
    ["30208", "取暖费", ""],
    ["30209", "物业管理费", ""],
    ["30211", "差旅费", "14.76"],
    ["30212", "因公出国（境）费用", ""],
    ["30213", "维修（护）费", "0.50"],
    ["30214", "租赁费", ""],
    ["30215", "会议费", "0.10"],
    ["30216", "培训费", "0.83"],
    ["30217", "公务接待费", ""],
    ["30218", "专用材料费", ""],
    ["30224", "被装购置费", ""],
    ["30225", "专用燃料费", ""],
    ["30226", "劳务费", "101.75"],
    ["30227", "委托业务费", ""],
    ["30228", "工会经费", ""],
    ["30229", "福利费", ""],
    ["30231", "公务用车运行维护费", "56.98"],
    ["30239", "其他交通费用", "58.90"],
    ["30240", "税金及附加费用", ""],
    ["30299", "其他商品和服务支出", "37.56"],
    ["307", "债务利息及费用支出", ""],
    ["30701", "国内债务付息", ""],
    ["30702", "国外债务付息", ""],
    ["310", "资本性支出", "2.00"],
    ["31001", "房屋建筑物购建", ""],
    ["31002", "办公设备购置", "2.00"],
    ["31003", "专用设备购置", ""],
    ["31005", "基础设施建设", ""],
    ["31006", "大型修缮", ""],
    ["31007", "信息网络及软件购置更新", ""],
    ["31008", "物资储备", ""],
    ["31009", "土地补偿", ""],
    ["31010", "安置补助", ""],
    ["31011", "地上附着物和青苗补偿", ""],
    ["31012", "拆迁补偿", ""],
    ["31013", "公务用车购置", ""],
    ["31019", "其他交通工具购置", ""],
    ["31021", "文物和陈列品购置", ""],
    ["31022", "无形资产购置", ""],
    ["31099", "其他资本性支出", ""],
    ["312", "对企业补助", ""],
    ["31201", "资本金注入", ""],
    ["31203", "政府投资基金股权投资", ""],
    ["31204", "费用补贴", ""],
    ["31205", "利息补贴", ""],
    ["31299", "其他对企业补助", ""],
    ["399", "其他支出", ""],
    ["39907", "国家赔偿费用支出", ""],
    ["39908", "对民间非营利组织和群众性自治组织", ""],
    ["39909", "经常性赠与", ""],
    ["39910", "资本性赠与", ""],
    ["39999", "其他支出", ""],
  ];
  return [
    ...list.map(([code, name, value]): RowSpec => [code, a(value), name]),
    ["personnelTotal", a("1,374.42"), "人员经费合计"],
    ["publicTotal", a("297.67"), "公用经费合计"],
  ];
}

function rows07(): RowSpec[] {
  const f = (budget: string, actual: string): RowFigures => ({ budget, actual });
  return [
    ["total", f("57.99", "57.40"), "合 计"],
    ["abroad", f("", ""), "1、因公出国（境）费"],
    ["reception", f("1.00", "0.42"), "2、公务接待费"],
    ["vehicle", f("56.99", "56.98"), "3、公务用车购置及运行费"],
    ["vehicleOps", f("56.99", "56.98"), "其中：(1) 公务用车运行维护费"],
    ["vehiclePurchase", f("", ""), "(2) 公务用车购置费"],
  ];
}

const ROWS: Record<PublicKind, () => RowSpec[]> = {
  "01": rows01,
  "02": rows02,
  "03": () => spendingRows("", "机关事业单位基本养老保险缴费"),
  "04": rows04,
  "05": () => spendingRows("0.00", "机关事业单位基本养老保险缴费支出"),
  "06": rows06,
  "07": rows07,
  // 08 and 09 print only an empty 合计 row.
  "08": () => [["total", {}, "合计"]],
  "09": () => [["total", {}, "合计"]],
};

/** The sample's rows of one table, with changes applied (a change to a row not listed adds it at the end). */
export function sampleRows(kind: PublicKind, changes: Change[] = []): RowSpec[] {
  const rows = ROWS[kind]().map(([key, figures = {}, name]): RowSpec => [key, { ...figures }, name]);
  for (const [changeKind, rowKey, column, value] of changes) {
    if (changeKind !== kind) continue;
    let row = rows.find(([key]) => key === rowKey);
    if (!row) {
      row = [rowKey, {}, ""];
      rows.push(row);
    }
    row[1]![column] = value;
  }
  return rows;
}

/** The sample's nine tables; `only` keeps some of them (the others absent). */
export function sample(changes: Change[] = [], only?: PublicKind[]): WorkbookTables {
  const kinds: PublicKind[] = only ?? ["01", "02", "03", "04", "05", "06", "07", "08", "09"];
  return workbook(...kinds.map((kind) => table(kind, sampleRows(kind, changes))));
}
