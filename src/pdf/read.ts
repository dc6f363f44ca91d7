// What pdf.js reads of each page: its text items and the ruling lines of its operator list (stroked paths, and
// filled rectangles thin enough to be lines), both in the page's user space. pdf.js (its legacy build, for Node)
// is loaded only when a PDF is opened, with no worker, no fonts fetched and no network.
import { PageContent, Segment, TextItem } from "./geometry";
import { WorkbookReadError } from "../xlsx/read";

type Matrix = [number, number, number, number, number, number];

/* eslint-disable @typescript-eslint/no-explicit-any */
type PdfJs = any;

let loaded: Promise<PdfJs> | undefined;

/** pdf.js in Node (the CLI): its legacy build, which runs its worker code in this thread when no worker is set. */
export function loadPdfJs(): Promise<PdfJs> {
  // An import() that TypeScript's CommonJS output leaves as import() (pdf.js is an ES module); made only here, in
  // Node: the page's Content-Security-Policy forbids building functions from strings.
  const importModule = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<PdfJs>;
  loaded ??= importModule("pdfjs-dist/legacy/build/pdf.mjs");
  return loaded;
}

function multiply(m: Matrix, n: number[]): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function segment(a: [number, number], b: [number, number]): Segment {
  return { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
}

/** The straight pieces of one path (curves are not table lines), in page space. */
function pathPieces(data: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const subpaths: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === 0) {
      if (current.length > 1) subpaths.push(current);
      current = [apply(ctm, data[i], data[i + 1])];
      i += 2;
    } else if (op === 1) {
      current.push(apply(ctm, data[i], data[i + 1]));
      i += 2;
    } else if (op === 2) {
      if (current.length > 1) subpaths.push(current);
      current = [apply(ctm, data[i + 4], data[i + 5])];
      i += 6;
    } else if (op === 3) {
      if (current.length > 1) subpaths.push(current);
      current = [apply(ctm, data[i + 2], data[i + 3])];
      i += 4;
    } else if (op === 4) {
      if (current.length > 1) current.push(current[0]);
    } else break;
  }
  if (current.length > 1) subpaths.push(current);
  return subpaths;
}

function straight(s: Segment): boolean {
  return Math.abs(s.x1 - s.x0) <= 0.5 || Math.abs(s.y1 - s.y0) <= 0.5;
}

/** Lines a path draws: a stroke's straight pieces; a fill's thin rectangles as the line along their middle. */
function pathSegments(paintName: string, data: ArrayLike<number>, ctm: Matrix): Segment[] {
  const out: Segment[] = [];
  const stroked = /stroke/i.test(paintName);
  const filled = /fill/i.test(paintName);
  for (const points of pathPieces(data, ctm)) {
    if (stroked) {
      for (let i = 1; i < points.length; i++) {
        const s = segment(points[i - 1], points[i]);
        if (straight(s)) out.push(s);
      }
    } else if (filled) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
      const w = box.x1 - box.x0;
      const h = box.y1 - box.y0;
      if (h <= 2 && w > 2) out.push({ x0: box.x0, x1: box.x1, y0: (box.y0 + box.y1) / 2, y1: (box.y0 + box.y1) / 2 });
      else if (w <= 2 && h > 2) out.push({ x0: (box.x0 + box.x1) / 2, x1: (box.x0 + box.x1) / 2, y0: box.y0, y1: box.y1 });
    }
  }
  return out;
}

/** The ruling lines of a page's operator list, following the transformation matrix through save/restore. */
function operatorSegments(pdfjs: PdfJs, fnArray: number[], argsArray: any[]): { segments: Segment[]; images: number } {
  const OPS = pdfjs.OPS;
  const opName: Record<number, string> = {};
  for (const [name, value] of Object.entries(OPS)) opName[value as number] = name;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const segments: Segment[] = [];
  let images = 0;
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
        break;
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.constructPath: {
        const paint = opName[args[0]] ?? "";
        const data = args[1]?.[0];
        if (data) segments.push(...pathSegments(paint, data, ctm));
        break;
      }
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
        images++;
        break;
    }
  });
  return { segments, images };
}

interface PdfPages {
  pages: PageContent[];
  /** Pages that hold images but no text: a scan. */
  imageOnlyPages: number;
}

/** Every page's text and lines. Throws WorkbookReadError with words a user understands. */
export async function readPdfPages(bytes: Uint8Array, fileName: string, library?: PdfJs): Promise<PdfPages> {
  const pdfjs = library ?? (await loadPdfJs());
  let doc: any;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      disableFontFace: true,
      useSystemFonts: false,
      isEvalSupported: false,
      useWorkerFetch: false,
      disableAutoFetch: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string })?.name;
    if (name === "PasswordException") {
      throw new WorkbookReadError("unreadable-file", `${fileName} 有密码保护，无法读取：请提供未加密的 PDF（或直接校验其工作簿）`);
    }
    throw new WorkbookReadError("unreadable-file", `${fileName} 不是可读取的 PDF 文件（文件损坏或格式不对）`);
  }
  const pages: PageContent[] = [];
  let imageOnlyPages = 0;
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const [x0, y0, x1, y1] = page.view as number[];
      const content = await page.getTextContent();
      const texts: TextItem[] = [];
      for (const item of content.items as any[]) {
        if (typeof item.str !== "string" || item.str.trim() === "") continue;
        const t = item.transform as number[];
        const size = item.height || Math.hypot(t[2], t[3]);
        texts.push({ text: item.str, x: t[4], y: t[5], width: item.width, size });
      }
      const list = await page.getOperatorList();
      const { segments, images } = operatorSegments(pdfjs, list.fnArray, list.argsArray);
      if (texts.length === 0 && images > 0) imageOnlyPages++;
      pages.push({ number, width: x1 - x0, height: y1 - y0, segments, texts });
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { pages, imageOnlyPages };
}
