// exceljs writes its own default font (Calibri 11) first in every styles part it saves. Font 0 is the workbook's
// default: it shows in every cell without a style of its own, and Excel measures column widths and default row
// heights by it. A Chinese workbook's default (宋体 12, 等线 11) swapped for Calibri narrows every column, and a
// figure that just fitted turns into "####". So the original's font 0 is put back into the saved file.
// Only the 参考数据 template still saves through exceljs (fill patches the package and keeps styles.xml as it was).
// Browser-safe: fflate works on Uint8Arrays in both Node and the browser.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Font, Workbook } from "exceljs";

const STYLES_PART = "xl/styles.xml";

/** The font exceljs puts first when it saves (lib/xlsx/xform/style/styles-xform.js). */
const EXCELJS_DEFAULT_FONT: Partial<Font> = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };

/** Where the first <font> of the <fonts> list sits in a styles part, and the element without a namespace prefix. */
function firstFont(stylesXml: string): { start: number; end: number; xml: string } | undefined {
  const fonts = /<(?:(\w+):)?fonts\b[^>]*?(\/)?>/.exec(stylesXml);
  if (!fonts || fonts[2]) return undefined;
  const prefix = fonts[1] ? `${fonts[1]}:` : "";
  const font = new RegExp(`<${prefix}font\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${prefix}font>)`, "y");
  // Only whitespace may stand between <fonts> and its first <font>.
  const from = fonts.index + fonts[0].length;
  const gap = /^\s*/.exec(stylesXml.slice(from))![0].length;
  font.lastIndex = from + gap;
  const match = font.exec(stylesXml);
  if (!match) return undefined;
  // exceljs writes the main namespace as the default one, so a prefixed element loses its prefix.
  const xml = prefix ? match[0].split(`<${prefix}`).join("<").split(`</${prefix}`).join("</") : match[0];
  return { start: match.index, end: match.index + match[0].length, xml };
}

/** A font with its unset properties dropped, keys sorted: two fonts exceljs would write alike compare equal. */
function fontKey(font: Partial<Font>): string {
  const clean = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, clean(v)]);
    return Object.fromEntries(entries);
  };
  return JSON.stringify(clean(font));
}

/**
 * Whether some cell, row or column carries a font equal to exceljs's default. exceljs merges such a font into
 * font 0, so putting the original default back there would change that cell's font; then the file is left as
 * exceljs wrote it.
 */
export function usesExceljsDefaultFont(workbook: Workbook): boolean {
  const defaultKey = fontKey(EXCELJS_DEFAULT_FONT);
  const isDefault = (font: Partial<Font> | undefined) => font !== undefined && fontKey(font) === defaultKey;
  for (const worksheet of workbook.worksheets) {
    if ((worksheet.columns ?? []).some((column) => isDefault(column.style?.font))) return true;
    let found = false;
    worksheet.eachRow({ includeEmpty: true }, (row) => {
      if (found) return;
      if (isDefault(row.font)) found = true;
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (isDefault(cell.style?.font)) found = true;
      });
    });
    if (found) return true;
  }
  return false;
}

/**
 * Puts the original workbook's default font back as font 0 of the file exceljs wrote. Returns the written bytes
 * unchanged when there is nothing to restore (no styles part, no font, or the same font already).
 */
export async function restoreDefaultFont(original: Uint8Array, written: Uint8Array): Promise<Uint8Array> {
  const originalPart = unzipSync(original, { filter: (file) => file.name.replace(/^\//, "") === STYLES_PART });
  const originalBytes = Object.values(originalPart)[0];
  const originalFont = originalBytes === undefined ? undefined : firstFont(strFromU8(originalBytes));
  if (!originalFont) return written;
  const output = unzipSync(written);
  const writtenXml = output[STYLES_PART] === undefined ? undefined : strFromU8(output[STYLES_PART]);
  const writtenFont = writtenXml === undefined ? undefined : firstFont(writtenXml);
  if (writtenXml === undefined || !writtenFont || writtenFont.xml === originalFont.xml) return written;
  output[STYLES_PART] = strToU8(writtenXml.slice(0, writtenFont.start) + originalFont.xml + writtenXml.slice(writtenFont.end));
  return zipSync(output, { level: 6 });
}
