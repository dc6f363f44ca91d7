// Draws a finding on its page, for the README: the PDF page rendered by pdf.js (in Node, through the canvas
// package pdf.js brings), the finding's box outlined, its rule, figures and place beneath. A tool, not a test:
//   npm run build:cli && npx ts-node --transpile-only tests/pdf/screenshot.ts [报告.pdf] [finding index] [out.png]
import { execFileSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { loadPdfJs } from "../../src/pdf/read";

const ROOT = path.join(__dirname, "..", "..");

(async () => {
  const file = process.argv[2] ?? path.join(ROOT, "tests/fixtures/pdf/2024-putuo-shehuigongzuobu.pdf");
  const index = Number(process.argv[3] ?? 0);
  const out = process.argv[4] ?? path.join(ROOT, "docs/images/pdf-finding.png");
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [path.join(ROOT, "bin/juesuan.js"), "check", file, "--json"], { maxBuffer: 1 << 25 }).toString();
  } catch (error) {
    stdout = String((error as { stdout?: Buffer }).stdout ?? ""); // exit status 1: there are errors
  }
  const finding = JSON.parse(stdout).findings[index];
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await doc.getPage(finding.page);
  const viewport = page.getViewport({ scale: 1.5 });
  const factory = doc.canvasFactory;
  const footer = 70;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height) + footer);
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport, canvas }).promise;
  const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(finding.box);
  context.strokeStyle = "#d13438";
  context.lineWidth = 3;
  context.strokeRect(Math.min(x0, x1) - 3, Math.min(y0, y1) - 3, Math.abs(x1 - x0) + 6, Math.abs(y1 - y0) + 6);
  context.fillStyle = "#f3f2f1";
  context.fillRect(0, viewport.height, canvas.width, footer);
  context.fillStyle = "#201f1e";
  // The canvas here has no Chinese font: the caption says it in ASCII, the README says it in words.
  context.font = "16px sans-serif";
  context.fillText(`${finding.rule} (${finding.severity})  ${finding.cell}  expected ${finding.expected ?? "-"}  actual ${finding.actual ?? "-"}`, 16, viewport.height + 28);
  context.fillText(`page ${finding.page}, box [${finding.box.join(", ")}] (PDF points)`, 16, viewport.height + 54);
  writeFileSync(out, canvas.toBuffer("image/png"));
  console.log(`${out}: page ${finding.page}, box ${finding.box.join(", ")}`);
  await doc.destroy();
})();
