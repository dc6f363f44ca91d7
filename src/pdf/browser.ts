// pdf.js in the standalone page, loaded only when a PDF is opened (its own chunks, so the first paint is as before):
// the report read into a Grid for the engine, and a finding's page drawn with its box outlined. pdf.js's worker code
// runs in the page's thread (a report is a few dozen pages), so no worker file has to be served beside the page.
import { gridFromPdf, PdfLocation, PdfWorkbook } from "./index";

/* eslint-disable @typescript-eslint/no-explicit-any */
let loaded: Promise<any> | undefined;

function browserPdfJs(): Promise<any> {
  loaded ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/build/pdf.mjs" as string),
      import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/build/pdf.worker.mjs" as string),
    ]);
    // pdf.js takes its worker code from here instead of starting a worker of its own.
    (globalThis as any).pdfjsWorker = worker;
    return pdfjs;
  })();
  return loaded;
}

export async function readPdfInBrowser(bytes: Uint8Array, name: string): Promise<PdfWorkbook> {
  return gridFromPdf(bytes, name, await browserPdfJs());
}

/** Draws `where.page` into `canvas` at `scale`, the finding's box outlined in red. */
export async function drawFindingPage(bytes: Uint8Array, where: PdfLocation, canvas: HTMLCanvasElement, scale = 1.25): Promise<void> {
  const pdfjs = await browserPdfJs();
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const page = await doc.getPage(where.page);
    const viewport = page.getViewport({ scale });
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const context = canvas.getContext("2d")!;
    await page.render({ canvasContext: context, viewport, canvas }).promise;
    const [x0, y0, x1, y1] = viewport.convertToViewportRectangle(where.box) as number[];
    context.strokeStyle = "#d13438";
    context.lineWidth = 3;
    context.strokeRect(Math.min(x0, x1) - 3, Math.min(y0, y1) - 3, Math.abs(x1 - x0) + 6, Math.abs(y1 - y0) + 6);
  } finally {
    await doc.destroy();
  }
}
