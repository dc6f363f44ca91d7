// What the browser tests share: where the built pane and Debian's chromium are, a headless launch with the flags
// this machine needs, a context that stays offline (office.js served from node_modules, everything else outside
// localhost blocked and recorded), and the class counts the pane shows.
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { Browser, BrowserContext, chromium, Page } from "playwright-core";
import { DISPLAY_ORDER } from "../../src/taskpane/labels";
import { serveDirectory, StaticServer } from "./static-server";

export const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist/addin");
// The README's screenshots are refreshed only on request (JUESUAN_SCREENSHOTS=1 npm run test:browser): a plain test
// run leaves the checkout as it was.
export const IMAGES = process.env.JUESUAN_SCREENSHOTS ? path.join(ROOT, "docs/images") : path.join(os.tmpdir(), "juesuan-screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

// CI installs Debian's chromium and must run these; on a developer's machine without it the tests say so and skip.
const chromiumInstalled = (() => {
  try {
    require("fs").accessSync(CHROMIUM);
    return true;
  } catch {
    return false;
  }
})();
if (!chromiumInstalled && !process.env.CI) console.warn(`未找到 ${CHROMIUM}（apt-get install chromium），跳过浏览器测试`);
export const describeInBrowser = chromiumInstalled || process.env.CI ? describe : describe.skip;

async function launchChromium(): Promise<Browser> {
  await fs.access(path.join(DIST, "taskpane.html")).catch(() => {
    throw new Error("dist/addin/taskpane.html is missing: run `npm run build` first (npm run test:browser does)");
  });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/**
 * Keeps the context offline: office.js (and what it loads) is served from node_modules and listed in `office`, or —
 * without that list — blocked like the rest; every other request outside localhost is blocked and listed in `outside`.
 */
export async function routeOffline(context: BrowserContext, outside: string[], office?: string[]): Promise<void> {
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (office && url.startsWith(OFFICE_CDN)) {
      office.push(url);
      const local = path.join(OFFICE_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
      const found = local.startsWith(OFFICE_DIST) && (await fs.stat(local).catch(() => null))?.isFile();
      await (found ? route.fulfill({ path: local }) : route.fulfill({ status: 404, body: "" }));
      return;
    }
    const { protocol, hostname } = new URL(url);
    if (protocol === "data:" || protocol === "blob:" || hostname === "localhost" || hostname === "127.0.0.1") {
      await route.continue();
      return;
    }
    outside.push(url);
    await route.abort();
  });
}

/** The count the pane shows for each class, by class. */
export async function countsOnPage(page: Page): Promise<Record<string, string>> {
  const counts: Record<string, string> = {};
  for (const cls of DISPLAY_ORDER) counts[cls] = (await page.getByTestId(`count-${cls}`).textContent()) ?? "";
  return counts;
}

/**
 * Called inside a describe: serves the built pane from localhost and launches chromium before its tests, closes both
 * after. The getters are for use inside the tests.
 */
export function servedPane(): { readonly browser: Browser; readonly url: string } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveDirectory(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get url() {
      return server!.url;
    },
  };
}
