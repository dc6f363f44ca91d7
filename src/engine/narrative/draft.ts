// Writes the standard 情况说明 (第二部分 一 to 四, with the “三公” part) from the tables, in the sample's wording:
// every amount, share and rate computed from the figures the tables show, 上年 and 年初预算 figures from 参考数据
// when it has them; what only the accountant knows (reasons, counts, figures nobody holds) is left as XX.
import { formatFigure } from "../amount";
import { roundTo } from "../decimal";
import { WorkbookTables } from "../rule";
import { PublicTable, TableRow, findRow } from "../tables";
import { Item, functionalItem, itemById } from "./items";
import { Quantity, budgetSource, currentSource, priorSource, valueOf } from "./sources";

const PLACEHOLDER = "XX";

/** What the draft needs of one item: its figure as shown, and the quantity behind it. */
interface Figure {
  shown: string;
  quantity?: Quantity;
}

class Drafter {
  readonly year: string;

  constructor(private readonly tables: WorkbookTables) {
    this.year = yearOf(tables);
  }

  quantity(source: ReturnType<typeof currentSource>): Quantity | undefined {
    const value = valueOf(source, "");
    return value.ok ? value.quantity : undefined;
  }

  item(id: string): Item {
    const item = itemById(id);
    if (!item) throw new Error(`未知的情况说明项目：${id}`);
    return item;
  }

  /** The item's figure this year, two decimals ("2259.73"), or XX when no table holds it. */
  amount(item: Item): Figure {
    const quantity = this.quantity(currentSource(this.tables, item));
    return quantity ? { shown: formatFigure(roundTo(quantity.point, 2), 2), quantity } : { shown: PLACEHOLDER };
  }

  /** numerator ÷ denominator as the report shows a percentage ("74.00"); XX when either is unknown or the base is 0. */
  percent(numerator: Figure, denominator: Figure | undefined): string {
    if (!numerator.quantity || !denominator?.quantity || denominator.quantity.point.isZero()) return PLACEHOLDER;
    return roundTo(numerator.quantity.point.div(denominator.quantity.point).times(100), 2).toFixed(2);
  }

  /** 完成（年初）预算的 P: from 07 for the “三公” items, else 参考数据's 年初预算数. 0.00 for nothing of nothing. */
  budgetRate(item: Item, fromTable: boolean): { rate: string; budget?: Quantity } {
    const budget = this.quantity(budgetSource(this.tables, item, fromTable));
    const actual = this.amount(item);
    if (budget?.point.isZero() && actual.quantity?.point.isZero()) return { rate: "0.00", budget };
    return { rate: this.percent(actual, budget ? { shown: "", quantity: budget } : undefined), budget };
  }

  /** "减少 180.77 万元，降低 7.41%" (or 持平) from 参考数据's 上年决算数; the template's both-ways words without it. */
  change(item: Item): { text: string; flat: boolean } {
    const current = this.amount(item).quantity;
    const prior = this.quantity(priorSource(this.tables, item));
    if (!current || !prior) return { text: `增加（减少）${PLACEHOLDER} 万元，增长（降低）${PLACEHOLDER}%`, flat: false };
    const difference = roundTo(current.point.minus(prior.point), 2);
    if (difference.isZero()) return { text: "持平", flat: true };
    const up = difference.gt(0);
    const rate = prior.point.isZero() ? PLACEHOLDER : roundTo(difference.abs().div(prior.point).times(100), 2).toFixed(2);
    return { text: `${up ? "增加" : "减少"} ${difference.abs().toFixed(2)} 万元，${up ? "增长" : "降低"} ${rate}%`, flat: false };
  }

  /** 决算数小于/大于/持平预算数. */
  comparison(item: Item): string {
    const actual = this.amount(item).quantity;
    const budget = this.quantity(budgetSource(this.tables, item, true));
    if (!actual || !budget) return "小于（大于）";
    const difference = roundTo(actual.point.minus(budget.point), 2);
    return difference.isZero() ? "持平" : difference.gt(0) ? "大于" : "小于";
  }

  isZero(figure: Figure): boolean {
    return !!figure.quantity && figure.quantity.point.isZero();
  }
}

function yearOf(tables: WorkbookTables): string {
  for (const table of Object.values(tables.public)) {
    const year = table?.year && /\d{4}/.exec(table.year)?.[0];
    if (year) return year;
  }
  return "本";
}

function yearWord(year: string, suffix: "年度" | "年"): string {
  return year === "本" ? `本${suffix}` : `${year}${suffix}`;
}

// ---- 一、收入支出决算总体情况说明 ------------------------------------------------------------------------------

const INCOME_PARTS: [string, string][] = [
  ["income.superior", "上级补助收入"],
  ["income.business", "事业收入"],
  ["income.operating", "经营收入"],
  ["income.affiliated", "附属单位上缴收入"],
  ["income.other", "其他收入"],
  ["income.nonFiscalSurplus", "使用非财政拨款结余"],
  ["income.carryIn", "上年结转和结余"],
];

const SPENDING_PARTS: [string, string][] = [
  ["spending.toSuperior", "上缴上级支出"],
  ["spending.operating", "经营支出"],
  ["spending.affiliated", "对附属单位补助支出"],
];

const ECONOMIC_CLASSES = ["301", "302", "303", "307", "310", "312", "399"];

function overall(d: Drafter, tables: WorkbookTables): string[] {
  const out: string[] = ["一、收入支出决算总体情况说明"];
  const incomeGrand = d.amount(d.item("income.grand"));
  out.push(`（一）收入总计 ${incomeGrand.shown} 万元，包括：`);
  const fiscal = d.amount(d.item("income.fiscal"));
  const [gpb, gov, soe] = ["income.gpb", "income.gov", "income.soe"].map((id) => d.amount(d.item(id)));
  out.push(
    `1. 财政拨款收入 ${fiscal.shown} 万元，占收入总计的 ${d.percent(fiscal, incomeGrand)}%。其中：一般公共预算财政拨款收入 ${gpb.shown} 万元，政府性基金预算财政拨款收入 ${gov.shown} 万元，国有资本经营预算财政拨款收入 ${soe.shown} 万元。`
  );
  INCOME_PARTS.forEach(([id, label], i) => {
    const part = d.amount(d.item(id));
    out.push(`${i + 2}. ${label} ${part.shown} 万元，占收入总计的 ${d.percent(part, incomeGrand)}%。`);
  });
  out.push(`与上年相比，今年收入总计${changeWords(d.change(d.item("income.grand")))}，主要原因：${PLACEHOLDER}。`);

  const spendingGrand = d.amount(d.item("spending.grand"));
  out.push(`（二）支出总计 ${spendingGrand.shown} 万元，包括：`);
  const basic = d.amount(d.item("spending.basic"));
  const classes = economicClasses(d, tables);
  out.push(
    `1. 基本支出 ${basic.shown} 万元，占支出总计的 ${d.percent(basic, spendingGrand)}%。主要是为保障机构正常运转、完成日常工作任务而发生的各项支出${
      classes.length ? `，其中：${classes.join("；")}` : ""
    }。`
  );
  const project = d.amount(d.item("spending.project"));
  out.push(`2. 项目支出 ${project.shown} 万元，占支出总计的 ${d.percent(project, spendingGrand)}%。主要包括${PLACEHOLDER}等业务支出。`);
  SPENDING_PARTS.forEach(([id, label], i) => {
    const part = d.amount(d.item(id));
    out.push(`${i + 3}. ${label} ${part.shown} 万元，占支出总计的 ${d.percent(part, spendingGrand)}%。`);
  });
  out.push(`与上年相比，今年支出${changeWords(d.change(d.item("spending.grand")))}，主要原因：${PLACEHOLDER}。`);
  out.push(`（三）年末结转和结余 ${d.amount(d.item("spending.carryOut")).shown} 万元。`);
  out.push(`与上年相比，今年结转结余${changeWords(d.change(d.item("spending.carryOut")))}，主要原因：${PLACEHOLDER}。`);
  return out;
}

function changeWords(change: { text: string; flat: boolean }): string {
  return change.flat ? "持平" : change.text;
}

/** "工资福利支出 1256.61 万元" for each economic 类 of table 06 with an amount. */
function economicClasses(d: Drafter, tables: WorkbookTables): string[] {
  const table = tables.public["06"];
  if (!table) return [];
  const parts: string[] = [];
  for (const code of ECONOMIC_CLASSES) {
    const row = findRow(table, code);
    const amount = row ? d.amount(d.item(`econ:${code}`)) : undefined;
    if (!row || !amount || !amount.quantity || amount.quantity.point.isZero()) continue;
    parts.push(`${d.item(`econ:${code}`).label} ${amount.shown} 万元`);
  }
  return parts;
}

// ---- 二、财政拨款支出决算情况说明 ---------------------------------------------------------------------------------

function codeOf(row: TableRow): string {
  return row.code ?? row.key;
}

function rowsWithDigits(table: PublicTable, digits: number, prefix = ""): TableRow[] {
  return table.rows.filter((row) => /^\d+$/.test(codeOf(row)) && codeOf(row).length === digits && codeOf(row).startsWith(prefix));
}

function fiscal(d: Drafter, tables: WorkbookTables): string[] {
  const year = yearWord(d.year, "年度");
  const out: string[] = ["二、财政拨款支出决算情况说明", "（一）总体情况。"];
  const total = d.item("fiscal.total");
  const basic = d.item("fiscal.basic");
  const project = d.item("fiscal.project");
  out.push(
    `${year}财政拨款支出 ${d.amount(total).shown} 万元，其中：基本支出 ${d.amount(basic).shown} 万元，项目支出 ${d.amount(project).shown} 万元。` +
      `与上年相比，财政拨款支出${changeWords(d.change(total))}，主要原因：${PLACEHOLDER}。` +
      `与年初预算相比，${year}财政拨款支出完成年初预算的 ${d.budgetRate(total, false).rate}%，其中：基本支出完成年初预算的 ${
        d.budgetRate(basic, false).rate
      }%，项目支出完成年初预算的 ${d.budgetRate(project, false).rate}%。`
  );
  out.push("（二）一般公共预算财政拨款支出情况。");
  out.push(`${year}一般公共预算财政拨款支出 ${d.amount(d.item("gpb.total")).shown} 万元。按支出功能分类科目分，包括：`);
  const table05 = tables.public["05"];
  if (table05) {
    const categories = rowsWithDigits(table05, 3).filter((row) => !isZeroRow(d, row));
    categories.forEach((category, i) => {
      out.push(`${i + 1}. ${category.name.trim()} ${d.amount(functionalItem(category)).shown} 万元，具体包括：`);
      let n = 0;
      for (const section of rowsWithDigits(table05, 5, codeOf(category))) {
        for (const line of rowsWithDigits(table05, 7, codeOf(section))) {
          if (isZeroRow(d, line)) continue;
          const item = functionalItem(line);
          n++;
          out.push(
            `(${n}) ${category.name.trim()}（类）${section.name.trim()}（款）${line.name.trim()}（项）${d.amount(item).shown} 万元，主要是${PLACEHOLDER}等支出，` +
              `完成年初预算的 ${d.budgetRate(item, false).rate}%，决算数与年初预算数存在差异的主要原因是${PLACEHOLDER}。`
          );
        }
      }
    });
  }
  out.push("（三）政府性基金预算财政拨款支出情况。");
  out.push(noneOrAmount(d, "gov.total", "政府性基金预算财政拨款支出"));
  out.push("（四）国有资本经营预算财政拨款支出情况。");
  out.push(noneOrAmount(d, "soe.total", "国有资本经营预算财政拨款支出"));
  return out;
}

function isZeroRow(d: Drafter, row: TableRow): boolean {
  return d.isZero(d.amount(functionalItem(row)));
}

function noneOrAmount(d: Drafter, id: string, label: string): string {
  const figure = d.amount(d.item(id));
  if (d.isZero(figure)) return `本部门${yearWord(d.year, "年度")}无${label}。`;
  return `${yearWord(d.year, "年度")}${label} ${figure.shown} 万元。`;
}

// ---- 三、财政拨款“三公”经费支出决算情况说明 -------------------------------------------------------------------------

function lastYearSentence(d: Drafter, item: Item, subject: string): string {
  const change = d.change(item);
  return change.flat ? `${subject}与上年持平` : `${subject}比上年${change.text}`;
}

function threePublic(d: Drafter): string[] {
  const year = yearWord(d.year, "年度");
  const yearShort = yearWord(d.year, "年");
  const total = d.item("3p.total");
  const abroad = d.item("3p.abroad");
  const reception = d.item("3p.reception");
  const vehicle = d.item("3p.vehicle");
  const totalFigure = d.amount(total);
  const [abroadFigure, receptionFigure, vehicleFigure] = [abroad, reception, vehicle].map((item) => d.amount(item));
  const out: string[] = ["三、财政拨款“三公”经费支出决算情况说明"];
  out.push(
    `${year}财政拨款安排的“三公”经费支出${totalFigure.shown}万元，完成预算的${d.budgetRate(total, true).rate}%，决算数${d.comparison(total)}预算数的主要原因是${PLACEHOLDER}。` +
      `其中：因公出国（境）费${abroadFigure.shown}万元，公务接待费${receptionFigure.shown}万元，公务用车购置及运行维护费${vehicleFigure.shown}万元。`
  );
  const share = (figure: Figure) => d.percent(figure, totalFigure);
  const none = (figure: Figure) => (d.isZero(figure) ? "0" : PLACEHOLDER);
  out.push(
    `1. 因公出国（境）费 ${abroadFigure.shown} 万元，占“三公”经费支出的 ${share(abroadFigure)}%。完成预算的 ${d.budgetRate(abroad, true).rate}%，` +
      `决算数${d.comparison(abroad)}预算数的主要原因是${PLACEHOLDER}。${yearShort}参加出国（境）团组 ${none(abroadFigure)} 个，累计 ${none(abroadFigure)} 人次。` +
      `${lastYearSentence(d, abroad, `${yearShort}因公出国（境）费`)}，主要原因是${PLACEHOLDER}。`
  );
  const foreign = d.isZero(receptionFigure) ? "0.00" : PLACEHOLDER;
  out.push(
    `2. 公务接待费 ${receptionFigure.shown} 万元，占“三公”经费支出的 ${share(receptionFigure)}%。完成预算的 ${d.budgetRate(reception, true).rate}%，` +
      `决算数${d.comparison(reception)}预算数的主要原因是${PLACEHOLDER}。${yearShort}国内公务接待累计 ${none(receptionFigure)} 批次、${none(receptionFigure)} 人、${
        receptionFigure.shown
      } 万元，主要用于${PLACEHOLDER}；其中外事接待累计 ${none(receptionFigure)} 批次、${none(receptionFigure)} 人、${foreign} 万元。` +
      `${lastYearSentence(d, reception, `${yearShort}公务接待费`)}，主要原因是${PLACEHOLDER}。`
  );
  out.push(
    `3. 公务用车购置及运行费 ${vehicleFigure.shown} 万元，占“三公”经费支出的 ${share(vehicleFigure)}%。完成预算的 ${d.budgetRate(vehicle, true).rate}%，` +
      `决算数${d.comparison(vehicle)}预算数的主要原因是${PLACEHOLDER}。${lastYearSentence(d, vehicle, "")}，主要原因是${PLACEHOLDER}。`
  );
  const purchase = d.amount(d.item("3p.vehiclePurchase"));
  const operations = d.amount(d.item("3p.vehicleOps"));
  out.push(
    `其中：公务用车购置费 ${purchase.shown} 万元，当年购置公务用车 ${none(purchase)} 辆。公务用车运行维护费 ${operations.shown} 万元，主要用于${PLACEHOLDER}，` +
      `截至年末使用财政拨款开支运行维护费的公务用车保有量 ${PLACEHOLDER} 辆。`
  );
  return out;
}

// ---- 四、一般公共预算财政拨款基本支出决算情况说明 ---------------------------------------------------------------------

/** The names of table 06's 款 rows with an amount, under the given 类 codes: "基本工资、津贴补贴…". */
function economicNames(tables: WorkbookTables, classes: string[]): string {
  const table = tables.public["06"];
  if (!table) return PLACEHOLDER;
  const names = table.rows
    .filter((row) => {
      const code = row.code ?? row.key;
      const cell = row.cells.amount;
      return /^\d{5}$/.test(code) && classes.some((c) => code.startsWith(c)) && cell?.state === "amount" && cell.amount && !cell.amount.value.isZero();
    })
    .map((row) => row.name.trim());
  return names.length ? names.join("、") : PLACEHOLDER;
}

function basic(d: Drafter, tables: WorkbookTables): string[] {
  const personnel = d.amount(d.item("basic.personnel"));
  const publicFunds = d.amount(d.item("basic.public"));
  return [
    "四、一般公共预算财政拨款基本支出决算情况说明",
    `${yearWord(d.year, "年度")}一般公共预算财政拨款基本支出 ${d.amount(d.item("gpb.basic")).shown} 万元，其中：人员经费 ${personnel.shown} 万元，` +
      `主要包括${economicNames(tables, ["301", "303"])}等；日常公用经费 ${publicFunds.shown} 万元，主要包括${economicNames(tables, ["302", "307", "310", "312", "399"])}等。`,
  ];
}

/** The standard 情况说明 paragraphs (第二部分 一 to 四), written from the tables. */
export function draftNarrative(tables: WorkbookTables): string[] {
  const d = new Drafter(tables);
  return [...overall(d, tables), ...fiscal(d, tables), ...threePublic(d), ...basic(d, tables)];
}

