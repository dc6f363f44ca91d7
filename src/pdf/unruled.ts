// Tables a page prints without lines are not guessed yet: text positions alone are too fragile (columns slide).
import { TextItem } from "./geometry";
import { PdfTable } from "./tables";

export function textTables(_page: number, _texts: TextItem[]): PdfTable[] {
  return [];
}
