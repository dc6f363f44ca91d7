// The standalone page in a real browser (Debian's chromium): the built task pane, opened outside Office, loads the
// sample workbook with three derived cells blanked, shows the same counts as the engine in Node, selects a finding,
// fills, and offers a filled copy whose cells exceljs reads back with the right values. The page may load office.js
// (routed to the local copy in node_modules: the test runs offline) and nothing else outside localhost.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { checkWorkbook } from "../../src/engine";
import { planFill } from "../../src/engine/fill";
import { gridFromXlsx } from "../../src/xlsx/read";
import { CLASS_LABEL, countByClass, DISPLAY_ORDER } from "../../src/taskpane/labels";
import { countsOnPage, describeInBrowser, IMAGES, OFFICE_CDN, ROOT, routeOffline, servedPane } from "./browser";

const SAMPLE = path.join(ROOT, "tests/fixtures/sample.xlsx");

interface Blanked {
  sheet: string;
  address: string;
  value: number;
  numFmt: string;
}

/**
 * The sample workbook with three derived cells emptied, each the sum of cells that add up exactly: 03's 201 row
 * 本年支出合计 (1249.65 + 587.63 = 1837.28) and 07's 合计 row, 预算数 57.99 and 决算数 57.40.
 */
async function sampleWithBlanks(file: string): Promise<Blanked[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE);
  const blanked: Blanked[] = [];
  const blank = (sheetPrefix: string, value: number, occurrence = 0) => {
    const sheet = workbook.worksheets.find((s) => s.name.startsWith(sheetPrefix))!;
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cell.value === value && cells.push(cell)));
    const cell = cells[occurrence];
    if (!cell) throw new Error(`sample.xlsx has no ${value} on sheet ${sheetPrefix}`);
    blanked.push({ sheet: sheet.name, address: cell.address, value, numFmt: cell.numFmt });
    cell.value = null;
  };
  blank("03", 1837.28);
  blank("07", 57.99);
  blank("07", 57.4);
  await workbook.xlsx.writeFile(file);
  return blanked;
}

describeInBrowser("the standalone task pane in chromium", () => {
  const pane = servedPane();
  let work: string;

  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), "juesuan-browser-"));
  });

  afterAll(async () => {
    if (work) await fs.rm(work, { recursive: true, force: true });
  });

  it("checks, selects, fills and downloads, all in the browser and offline", async () => {
    const input = path.join(work, "朝阳市委办公室2024决算.xlsx");
    const blanked = await sampleWithBlanks(input);
    const bytes = await fs.readFile(input);
    // What the engine says in Node about the same file: the page must show the same.
    const grid = await gridFromXlsx(bytes, "朝阳市委办公室2024决算.xlsx");
    const expected = countByClass(checkWorkbook(grid).findings);
    const plan = planFill(grid);
    expect(expected.fillable).toBe(3);
    expect(plan.edits.map((edit) => `${edit.sheet}!${edit.cell}`).sort()).toEqual(blanked.map((b) => `${b.sheet}!${b.address}`).sort());

    const context = await pane.browser.newContext({ viewport: { width: 340, height: 860 }, acceptDownloads: true, locale: "zh-CN" });
    const outside: string[] = [];
    const office: string[] = [];
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    await routeOffline(context, outside, office);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // The Content-Security-Policy of taskpane.html must let the pane (styles, worker, chunks, download) work.
    const refused: string[] = [];
    page.on("console", (message) => /Content Security Policy|Refused to/.test(message.text()) && refused.push(message.text()));

    await page.goto(`${pane.url}/taskpane.html`);
    // office.js reports no Office host here: the pane is in standalone mode.
    await page.waitForSelector('html[data-mode="file"]', { timeout: 30_000 });
    await page.getByTestId("file-input").setInputFiles(input);
    await page.getByTestId("count-error").waitFor({ timeout: 60_000 });

    const shown = await countsOnPage(page);
    expect(shown).toEqual(Object.fromEntries(DISPLAY_ORDER.map((cls) => [cls, `${CLASS_LABEL[cls]} ${expected[cls]}`])));

    // A click marks the finding (there is no Excel selection to move outside Office).
    const firstFinding = page.getByTestId("finding").first();
    await firstFinding.click();
    await expect(firstFinding.getAttribute("aria-current")).resolves.toBe("true");
    await fs.mkdir(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, "taskpane.png"), fullPage: false });

    await page.getByRole("button", { name: "一键填充（3）" }).click();
    const preview = page.getByRole("region", { name: "填充预览" });
    await expect(preview.getByText("将填写 3 个单元格").isVisible()).resolves.toBe(true);
    const items = (await preview.getByTestId("fill-item").allTextContents()).sort();
    expect(items).toEqual(plan.edits.map((edit) => `${edit.sheet}!${edit.cell}→ ${edit.shown}`).sort());
    await page.screenshot({ path: path.join(IMAGES, "taskpane-fill.png"), fullPage: false });
    await preview.getByRole("button", { name: "确定" }).click();
    await page.getByText("已填写 3 个单元格").waitFor({ timeout: 60_000 });
    await page.getByTestId("count-fillable").filter({ hasText: "可填充 0" }).waitFor({ timeout: 60_000 });
    // Filled, the workbook is the sample again, and checks as the sample does.
    const original = countByClass(checkWorkbook(await gridFromXlsx(await fs.readFile(SAMPLE), "sample.xlsx")).findings);
    expect(await countsOnPage(page)).toEqual(Object.fromEntries(DISPLAY_ORDER.map((cls) => [cls, `${CLASS_LABEL[cls]} ${original[cls]}`])));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载已填写的工作簿" }).click()]);
    expect(download.suggestedFilename()).toBe("朝阳市委办公室2024决算（已填写）.xlsx");
    const output = path.join(work, "filled.xlsx");
    await download.saveAs(output);

    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(output);
    for (const cell of blanked) {
      const written = filled.getWorksheet(cell.sheet)!.getCell(cell.address);
      const edit = plan.edits.find((e) => e.sheet === cell.sheet && e.cell === cell.address);
      expect({ at: `${cell.sheet}!${cell.address}`, value: written.value }).toEqual({ at: `${cell.sheet}!${cell.address}`, value: cell.value });
      expect(edit?.kind === "number" && written.numFmt === edit.numFmt).toBe(true);
    }
    // Everything else reads as it did: the downloaded copy, checked in Node, checks exactly as the sample does.
    const again = checkWorkbook(await gridFromXlsx(await fs.readFile(output), "filled.xlsx"));
    expect(countByClass(again.findings)).toEqual(original);

    // The engine ran in its worker (the page never needed its in-page fallback), and the .xlsx host with exceljs came
    // in lazily loaded chunks, all from localhost.
    expect(requested.some((url) => url.endsWith("/engine-worker.js"))).toBe(true);
    expect(requested.some((url) => /\/chunks\/xlsx-read\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(requested.some((url) => /\/chunks\/xlsx-write\.[0-9a-f]+\.js$/.test(url))).toBe(true);
    expect(requested.filter((url) => url.includes("/chunks/engine-inline."))).toEqual([]);
    expect(outside).toEqual([]);
    expect(office.every((url) => url.startsWith(OFFICE_CDN))).toBe(true);
    expect(pageErrors).toEqual([]);
    // office.js tries to frame its telemetry service; the pane's policy refuses that, as it should. Nothing else is refused.
    expect(refused.filter((text) => !text.includes("https://telemetryservice.firstpartyapps.oaspapps.com/"))).toEqual([]);
    await context.close();
  });
});
