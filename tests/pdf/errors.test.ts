// PDFs the reader cannot use are named in words, one line each, and the other files of the run still check.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PdfWriter } from "../fixtures/pdf/pdf-writer";
import { PDF_DIR, runBuilt } from "./helpers";

jest.setTimeout(60_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-pdf-bad-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, draw: (writer: PdfWriter) => void, options?: { locked?: boolean }): string {
  const writer = new PdfWriter();
  draw(writer);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, writer.bytes(options));
  return file;
}

describe("PDFs that are not read", () => {
  it("a scan (images, no text layer): not read, and says so", async () => {
    const scan = write("扫描件.pdf", (w) => {
      w.image(w.addPage());
      w.image(w.addPage());
    });
    const run = await runBuilt("check", scan);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("juesuan: 扫描件.pdf 没有文字层（是扫描件或图片），未读取：请使用由 Word/Excel 直接导出的 PDF，或直接校验其工作簿\n");
  });

  it("a PDF with a password", async () => {
    const locked = write("加密.pdf", (w) => w.text(w.addPage(), 72, 500, 12, "收入支出决算总表"), { locked: true });
    const run = await runBuilt("check", locked);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("加密.pdf 有密码保护，无法读取");
  });

  it("a PDF that is not a 部门决算 report", async () => {
    const letter = write("通知.pdf", (w) => {
      const page = w.addPage(595, 842);
      w.text(page, 72, 760, 16, "关于召开年度工作会议的通知");
      w.text(page, 72, 720, 12, "各科室：定于 12 月 20 日召开年度工作会议，请准时参加。");
    });
    const run = await runBuilt("check", letter);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("juesuan: 通知.pdf 不像部门决算报告：读出 1 页，其中没有可识别的公开01–09表或情况说明\n");
  });

  it("a damaged file named .pdf, and the report beside it still checked", async () => {
    const broken = path.join(tmp, "损坏.pdf");
    fs.writeFileSync(broken, "%PDF-1.7\nnot really a pdf");
    const run = await runBuilt("check", broken, path.join(PDF_DIR, "2024-putuo-shehuigongzuobu.synthetic.pdf"), "--json");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("损坏.pdf 不是可读取的 PDF 文件");
    expect(JSON.parse(run.stdout).workbooks).toHaveLength(1);
  });
});
