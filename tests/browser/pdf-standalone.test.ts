// The standalone page opens a PDF report: pdf.js comes in its own chunks only then (the first paint loads none of it),
// the page shows the findings of the workbook the PDF was made from, and a finding clicked is shown on its page with
// its box outlined. Offline: nothing outside localhost is requested.
import { promises as fs } from "fs";
import path from "path";
import { checkWorkbook } from "../../src/engine";
import { gridFromXlsx } from "../../src/xlsx/read";
import { CLASS_LABEL, countByClass, DISPLAY_ORDER } from "../../src/taskpane/labels";
import { describeInBrowser, IMAGES, OFFICE_CDN, ROOT, routeOffline, servedPane } from "./browser";

const PDF = path.join(ROOT, "tests/fixtures/pdf/2024-putuo-shehuigongzuobu.pdf");
const XLSX = path.join(ROOT, "tests/fixtures/real/2024-putuo-shehuigongzuobu.xlsx");
describeInBrowser("the standalone page with a PDF report", () => {
  const pane = servedPane();

  it("checks the PDF as its workbook checks, and shows a finding on its page", async () => {
    // tests/pdf/real.test.ts shows the PDF's findings are the workbook fixture's; the page must show their counts.
    const expected = countByClass(checkWorkbook(await gridFromXlsx(await fs.readFile(XLSX), "2024-putuo-shehuigongzuobu.xlsx")).findings);
    const context = await pane.browser.newContext({ viewport: { width: 420, height: 1000 }, locale: "zh-CN" });
    const requested: string[] = [];
    const outside: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    await routeOffline(context, outside);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${pane.url}/taskpane.html`);
    await page.waitForSelector('html[data-mode="file"]', { timeout: 30_000 });
    // First paint: no pdf.js.
    expect(requested.filter((url) => /\/chunks\/pdf/.test(url))).toEqual([]);

    await page.getByTestId("file-input").setInputFiles(PDF);
    await page.getByTestId("count-error").waitFor({ timeout: 90_000 });
    const counts: Record<string, string> = {};
    for (const cls of DISPLAY_ORDER) counts[cls] = (await page.getByTestId(`count-${cls}`).textContent()) ?? "";
    expect(counts).toEqual(Object.fromEntries(DISPLAY_ORDER.map((cls) => [cls, `${CLASS_LABEL[cls]} ${expected[cls]}`])));
    expect(requested.some((url) => /\/chunks\/pdfjs\.[0-9a-f]+\.js$/.test(url))).toBe(true);

    // The first of 情况说明's findings, printed on the narrative's pages (17–22): its page is drawn and the paragraph's
    // box outlined in red. (08 and 09's leftover template notes are listed before it, in report order.)
    const first = page.getByTestId("finding").filter({ hasText: "情况说明!" }).first();
    await expect(first.textContent()).resolves.toContain("情况说明!");
    await first.click();
    const view = page.getByTestId("pdf-page");
    await view.waitFor({ timeout: 30_000 });
    const shownPage = Number(await view.getAttribute("data-page"));
    expect(shownPage).toBeGreaterThanOrEqual(17);
    expect(shownPage).toBeLessThanOrEqual(22);
    await page.waitForFunction(() => {
      const canvas = document.querySelector('[data-testid="pdf-page"] canvas') as HTMLCanvasElement | null;
      if (!canvas || canvas.width === 0) return false;
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let red = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 180 && data[i + 1] < 90 && data[i + 2] < 90) red++;
      return red > 100;
    }, undefined, { timeout: 30_000 });
    await fs.mkdir(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, "taskpane-pdf.png"), fullPage: false });
    // office.js is asked for (and refused here, so the page is in standalone mode); nothing else leaves localhost.
    expect(outside.filter((url) => !url.startsWith(OFFICE_CDN))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
