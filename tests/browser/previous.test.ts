// The built pane in chromium with last year's and the budget workbook (issue 14): ⋯ → 上年决算工作簿… and
// 本年预算工作簿… are read in the engine worker, offline, and the page shows what the engine says in Node with them.
// With JUESUAN_SCREENSHOTS=1 it refreshes the README's screenshot of the pane with them (docs/images/taskpane-previous.png).
import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook, DEFAULT_SETTINGS } from "../../src/engine";
import { referenceInputsOf } from "../../src/engine/reference/inputs";
import { gridFromXlsx } from "../../src/xlsx/read";
import { CLASS_LABEL, countByClass, DISPLAY_ORDER } from "../../src/taskpane/labels";
import { countsOnPage, describeInBrowser, IMAGES, ROOT, routeOffline, servedPane } from "./browser";

const SAMPLE = path.join(ROOT, "tests/fixtures/sample.xlsx");
const PREVIOUS = path.join(ROOT, "tests/fixtures/previous/previous-2023.xlsx");
const BUDGET = path.join(ROOT, "tests/fixtures/previous/budget-2024.xlsx");
describeInBrowser("the standalone pane with last year's and the budget workbook", () => {
  const pane = servedPane();

  it("reads them in the worker, offline, and shows the counts the engine gives with them", async () => {
    const read = async (file: string, name: string) => gridFromXlsx(await fs.readFile(file), name);
    const inputs = referenceInputsOf({ previous: await read(PREVIOUS, "2023决算.xlsx"), budget: await read(BUDGET, "2024预算.xlsx") });
    const expected = countByClass(checkWorkbook(await read(SAMPLE, "2024决算.xlsx"), DEFAULT_SETTINGS, inputs).findings);

    const context = await pane.browser.newContext({ viewport: { width: 340, height: 860 }, locale: "zh-CN" });
    const outside: string[] = [];
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    await routeOffline(context, outside, []);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    await page.goto(`${pane.url}/taskpane.html`);
    await page.waitForSelector('html[data-mode="file"]', { timeout: 30_000 });
    await page.getByTestId("file-input").setInputFiles(SAMPLE);
    await page.getByTestId("count-error").waitFor({ timeout: 60_000 });

    for (const [item, file, said] of [
      ["上年决算工作簿…", PREVIOUS, "已读取上年决算工作簿"],
      ["本年预算工作簿…", BUDGET, "已读取本年预算工作簿"],
    ]) {
      await page.getByRole("button", { name: "更多操作" }).click();
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("menuitem", { name: item }).click()]);
      await chooser.setFiles(file);
      await page.getByText(said).waitFor({ timeout: 60_000 });
    }
    expect(await countsOnPage(page)).toEqual(Object.fromEntries(DISPLAY_ORDER.map((cls) => [cls, `${CLASS_LABEL[cls]} ${expected[cls]}`])));
    await fs.mkdir(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, "taskpane-previous.png"), fullPage: false });

    expect(requested.some((url) => url.endsWith("/engine-worker.js"))).toBe(true);
    expect(requested.filter((url) => url.includes("/chunks/engine-inline."))).toEqual([]);
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
