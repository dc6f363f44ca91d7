import { sniffFile } from "../../src/xlsx/sniff";
import { makeZip } from "./zip-helpers";

const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
}

describe("sniffFile", () => {
  it("lists a complete zip's entries from its central directory", () => {
    const zip = makeZip({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": "<worksheet/>" });
    expect(sniffFile(zip)).toEqual({ kind: "zip", entries: ["xl/workbook.xml", "xl/worksheets/sheet1.xml"] });
  });

  it("reads an empty archive", () => {
    expect(sniffFile(makeZip({}))).toEqual({ kind: "zip", entries: [] });
  });

  it("calls a zip cut short truncated, wherever the cut falls", () => {
    const zip = makeZip({ "xl/workbook.xml": "<workbook/>".repeat(50), "xl/styles.xml": "<styleSheet/>" });
    for (const keep of [10, zip.length / 2, zip.length - 30, zip.length - 5]) {
      expect(sniffFile(zip.slice(0, Math.floor(keep)))).toEqual({ kind: "truncated-zip" });
    }
  });

  it("tells an encrypted workbook from a legacy .xls inside an OLE compound file", () => {
    const filler = new Array(504).fill(0);
    expect(sniffFile(new Uint8Array([...CFB_HEADER, ...filler, ...utf16("EncryptedPackage")]))).toEqual({ kind: "encrypted" });
    expect(sniffFile(new Uint8Array([...CFB_HEADER, ...filler, ...utf16("EncryptionInfo")]))).toEqual({ kind: "encrypted" });
    expect(sniffFile(new Uint8Array([...CFB_HEADER, ...filler, ...utf16("Workbook")]))).toEqual({ kind: "legacy-xls" });
    // The name stored as 8-bit text is not a compound-file directory entry.
    expect(sniffFile(new Uint8Array([...CFB_HEADER, ...Buffer.from("EncryptedPackage")]))).toEqual({ kind: "legacy-xls" });
  });

  it("knows an empty file and anything else", () => {
    expect(sniffFile(new Uint8Array(0))).toEqual({ kind: "empty" });
    expect(sniffFile(new Uint8Array(Buffer.from("科目编码,科目名称,合计\n201,一般公共服务支出,1704.43\n")))).toEqual({ kind: "unknown" });
    expect(sniffFile(new Uint8Array([0x50, 0x4b]))).toEqual({ kind: "unknown" });
  });
});
