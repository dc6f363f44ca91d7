// `juesuan`: the command line of cli-contract.md. Exit codes: 0 no error, 1 at least one error finding,
// 2 unreadable file or no recognisable table (one line on stderr, never a stack trace).
import * as path from "path";
import { CheckResult, checkWorkbook, DEFAULT_SETTINGS, Settings } from "../engine";
import { summarize } from "../engine/finding";
import { ALL_RULES } from "../engine/rules";
import { SEVERITY_LABEL } from "../engine/finding";
import { planFill } from "../engine/fill";
import { draftNarrative, referenceTemplateRows } from "../engine/narrative";
import { recognizeWorkbook } from "../engine/recognize";
import { ReferenceInputs } from "../engine/reference/types";
import { referenceInputsOf } from "../engine/reference/inputs";
import { fillTemplateRows } from "../engine/reference/template";
import { readWorkbookFile, writeDerivedCopy, writeFilledCopy } from "../xlsx/node";
import { WorkbookWriteError } from "../xlsx/write";
import { WorkbookReadError } from "../xlsx/read";
import { countsLine, departmentLines, jsonReport, Locate, renderReport } from "./report";
import { isPdfPath, readPdfFile } from "../pdf/node";
import type { PdfWorkbook } from "../pdf";

export class UsageError extends Error {}

const USAGE = `用法：
  juesuan check 工作簿.xlsx… [--json]         校验公开表、绩效自评表和情况说明（可一次校验多个工作簿）
  juesuan fill 工作簿.xlsx -o 输出.xlsx [--json]  填写空白的合计、小计等派生单元格，写入新文件
  juesuan narrative 工作簿.xlsx                按报表数字起草情况说明（第二部分 一至四及“三公”经费）
  juesuan reference-template 工作簿.xlsx -o 输出.xlsx  添加空白的“参考数据”表（上年决算数、年初预算数）
  juesuan pdf-to-xlsx 报告.pdf -o 输出.xlsx      把 PDF 报告读出的表格和情况说明写成工作簿，便于与 PDF 对照
  （check 也接受 PDF 报告，可与 .xlsx 混合；PDF 中每条问题另注页码和位置）
  juesuan rules                               列出全部校验规则
选项（check、fill、narrative、reference-template 均可用）：
  --previous 上年.xlsx       上年决算工作簿：核对年初结转和结余、情况说明“与上年相比”的语句
  --budget 本年预算.xlsx     本年部门预算工作簿：核对情况说明“完成年初预算的 P%”
选项（绩效自评的计分口径，各地不同）：
  --rate-points 10|20        预算执行率分值（默认 10）
  --rate-whole-percent yes|no  整体绩效自评表的项目执行率是否取整到整数百分比（默认 yes）`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Options that take a value; their values are not file names. */
const VALUE_OPTIONS = ["-o", "--output", "--rate-points", "--rate-whole-percent", "--previous", "--budget"];

/** The file arguments: everything that is neither an option nor an option's value. */
function fileArgs(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith("-") && !VALUE_OPTIONS.includes(args[i - 1]));
}

/** The scoring conventions from the command line; the sample's are the defaults. */
export function settingsFrom(args: string[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const points = optionValue(args, ["--rate-points"]);
  if (points !== undefined) {
    if (!/^(10|20)$/.test(points)) throw new UsageError(`--rate-points 只能是 10 或 20，而不是“${points}”`);
    settings.executionRatePoints = Number(points);
  }
  const whole = optionValue(args, ["--rate-whole-percent"]);
  if (whole !== undefined) {
    if (!/^(yes|no)$/.test(whole)) throw new UsageError(`--rate-whole-percent 只能是 yes 或 no，而不是“${whole}”`);
    settings.wholePercentExecutionRate = whole === "yes";
  }
  return settings;
}

/** Last year's and the budget workbook of --previous / --budget, read; undefined when neither is given. */
async function referenceInputsFrom(args: string[]): Promise<ReferenceInputs | undefined> {
  const previous = optionValue(args, ["--previous"]);
  const budget = optionValue(args, ["--budget"]);
  const read = async (file: string | undefined) => {
    if (!file) return undefined;
    const grid = await readWorkbookFile(file);
    grid.name = path.basename(file);
    return grid;
  };
  return referenceInputsOf({ previous: await read(previous), budget: await read(budget) });
}

/** Where a finding's cell is printed, for a PDF's findings; nothing for a workbook's. */
function locator(pdf: PdfWorkbook | undefined): Locate | undefined {
  if (!pdf) return undefined;
  return (sheet, cell) => pdf.locations.get(sheet)?.get(cell.split(":")[0].replace(/\$/g, ""));
}

interface Checked {
  result: CheckResult;
  locate?: Locate;
}

/** Reads and checks one workbook or PDF report; null (after one line on stderr) when it cannot be read or holds no table. */
async function checkFile(file: string, settings: Settings, io: Io, inputs?: ReferenceInputs): Promise<Checked | null> {
  try {
    const pdf = isPdfPath(file) ? await readPdfFile(file) : undefined;
    const grid = pdf ? pdf.grid : await readWorkbookFile(file);
    grid.name = path.basename(file);
    const result = checkWorkbook(grid, settings, inputs);
    if (result.tables.length > 0) return { result, locate: locator(pdf) };
    io.err(
      pdf
        ? `juesuan: ${path.basename(file)} 不像部门决算报告：读出 ${pdf.pageCount} 页，其中没有可识别的公开01–09表或情况说明\n`
        : `juesuan: ${path.basename(file)} 中没有可识别的决算表（未找到公开01–09表、绩效自评表或情况说明）\n`
    );
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.err(`juesuan: ${error.message}\n`);
  }
  return null;
}

async function runCheck(args: string[], io: Io): Promise<number> {
  const json = args.includes("--json");
  const files = fileArgs(args);
  if (files.length === 0) throw new UsageError("check 需要至少一个工作簿文件");
  const settings = settingsFrom(args);
  const inputs = await referenceInputsFrom(args);
  if (files.length === 1) {
    const checked = await checkFile(files[0], settings, io, inputs);
    if (!checked) return 2;
    const { result, locate } = checked;
    io.out(json ? JSON.stringify(jsonReport(result, locate), null, 2) + "\n" : renderReport(result, locate));
    return result.summary.error > 0 ? 1 : 0;
  }
  // Several workbooks (a supervising office's review): each report, then one summary line per department.
  const checks: Checked[] = [];
  let unreadable = false;
  for (const file of files) {
    const checked = await checkFile(file, settings, io, inputs);
    if (checked) checks.push(checked);
    else unreadable = true;
  }
  const results = checks.map((c) => c.result);
  const total = summarize(results.flatMap((r) => r.findings));
  if (json) {
    io.out(JSON.stringify({ workbooks: checks.map((c) => jsonReport(c.result, c.locate)), summary: total }, null, 2) + "\n");
  } else {
    for (const { result, locate } of checks) io.out(renderReport(result, locate) + "\n");
    io.out("各部门汇总：\n");
    for (const result of results) for (const line of departmentLines(result)) io.out(`  ${result.workbook} · ${line}\n`);
    io.out(`合计：${countsLine(total)}\n`);
  }
  if (unreadable) return 2;
  return total.error > 0 ? 1 : 0;
}

function optionValue(args: string[], names: string[]): string | undefined {
  const index = args.findIndex((a) => names.includes(a));
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith("-")) throw new UsageError(`${args[index]} 后面需要文件名`);
  return value;
}

async function runPdfToXlsx(args: string[], io: Io): Promise<number> {
  const output = optionValue(args, ["-o", "--output"]);
  const files = fileArgs(args);
  if (files.length !== 1 || !isPdfPath(files[0])) throw new UsageError("pdf-to-xlsx 需要一个 PDF 文件");
  if (!output) throw new UsageError("pdf-to-xlsx 需要用 -o 指定输出文件");
  if (path.resolve(files[0]) === path.resolve(output)) throw new UsageError("输出文件不能是输入文件本身");
  const pdf = await readPdfFile(files[0]);
  // Loaded here: it brings exceljs, which `check` does not need.
  const { writePdfWorkbook } = await import("../pdf/write");
  await writePdfWorkbook(pdf, output);
  io.out(`已把 ${path.basename(files[0])} 的 ${pdf.grid.sheets.length} 张表（含情况说明）写入 ${output}\n`);
  return 0;
}

async function runFill(args: string[], io: Io): Promise<number> {
  const json = args.includes("--json");
  const output = optionValue(args, ["-o", "--output"]);
  const files = fileArgs(args);
  if (files.length !== 1) throw new UsageError("fill 需要一个工作簿文件");
  if (!output) throw new UsageError("fill 需要用 -o 指定输出文件（不会覆盖输入文件）");
  const input = files[0];
  if (path.resolve(input) === path.resolve(output)) throw new UsageError("输出文件不能是输入文件本身：fill 从不覆盖输入文件");
  const grid = await readWorkbookFile(input);
  grid.name = path.basename(input);
  const plan = planFill(grid, settingsFrom(args), await referenceInputsFrom(args));
  await writeFilledCopy(input, output, plan.edits);
  const filled = plan.edits.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.shown }));
  if (json) io.out(JSON.stringify({ filled }, null, 2) + "\n");
  else {
    io.out(`已填写 ${filled.length} 个单元格，写入 ${output}\n`);
    for (const f of filled) io.out(`  ${f.sheet}!${f.cell} → ${f.value}\n`);
  }
  return 0;
}

async function runNarrative(args: string[], io: Io): Promise<number> {
  const files = fileArgs(args);
  if (files.length !== 1) throw new UsageError("narrative 需要一个工作簿文件");
  const grid = await readWorkbookFile(files[0]);
  const tables = recognizeWorkbook(grid, await referenceInputsFrom(args));
  if (Object.keys(tables.public).length === 0) {
    io.err(`juesuan: ${path.basename(files[0])} 中没有可识别的公开表，无法起草情况说明\n`);
    return 2;
  }
  io.out(draftNarrative(tables).join("\n\n") + "\n");
  return 0;
}

async function runReferenceTemplate(args: string[], io: Io): Promise<number> {
  const output = optionValue(args, ["-o", "--output"]);
  const files = fileArgs(args);
  if (files.length !== 1) throw new UsageError("reference-template 需要一个工作簿文件");
  if (!output) throw new UsageError("reference-template 需要用 -o 指定输出文件（不会覆盖输入文件）");
  const grid = await readWorkbookFile(files[0]);
  const inputs = await referenceInputsFrom(args);
  const rows = referenceTemplateRows(recognizeWorkbook(grid));
  // With --previous / --budget, the rows those workbooks answer are written filled in.
  const filled = inputs ? fillTemplateRows(rows, recognizeWorkbook(grid, inputs).reference) : rows;
  // Loaded here, not at start-up: it brings exceljs, which `check` does not need.
  const { addReferenceSheetToXlsx } = await import("../xlsx/reference-template");
  await writeDerivedCopy(files[0], output, (bytes) => addReferenceSheetToXlsx(bytes, filled));
  const given = filled.filter((row) => "value" in row).length;
  io.out(`已添加“参考数据”表（${rows.length - given} 项待填写${given ? `，${given} 项已从上年决算、本年预算工作簿填入` : ""}），写入 ${output}\n`);
  return 0;
}

/** The rule list as a Markdown table, for the README (kept in step by a test). */
export function rulesMarkdown(): string {
  const rows = ALL_RULES.map((rule) => {
    const messages = Object.keys(rule.meta.messages).map((id) => `\`${id}\``).join(" ");
    return `| \`${rule.meta.id}\` | ${SEVERITY_LABEL[rule.meta.severity]} | ${rule.meta.title} | ${rule.meta.docs} | ${messages} |`;
  });
  return ["| id | 默认类别 | 规则 | 说明 | 消息 id（JSON `messageId`） |", "| --- | --- | --- | --- | --- |", ...rows].join("\n");
}

function runRulesList(args: string[], io: Io): number {
  if (args.includes("--markdown")) {
    io.out(rulesMarkdown() + "\n");
    return 0;
  }
  const lines = ALL_RULES.map((rule) => `${rule.meta.id}\t${SEVERITY_LABEL[rule.meta.severity]}(${rule.meta.severity})\t${rule.meta.title}`);
  io.out(lines.join("\n") + "\n");
  return 0;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await runCheck(rest, io);
      case "fill":
        return await runFill(rest, io);
      case "narrative":
        return await runNarrative(rest, io);
      case "reference-template":
        return await runReferenceTemplate(rest, io);
      case "pdf-to-xlsx":
        return await runPdfToXlsx(rest, io);
      case "rules":
        return runRulesList(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE + "\n");
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令：${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`juesuan: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof WorkbookReadError || error instanceof WorkbookWriteError) {
      io.err(`juesuan: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`juesuan: 内部错误：${message.split("\n")[0]}\n`);
    return 2;
  }
}
