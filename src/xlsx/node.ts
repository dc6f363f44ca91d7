// The .xlsx host on disk, for the CLI (Node only). File-system failures become the same Chinese errors as bad
// workbooks, so the CLI can print one line and never a stack trace.
import { promises as fs } from "fs";
import * as path from "path";
import { inflateRawSync } from "zlib";
import { CellEdit } from "../engine/edits";
import { WorkbookGrid } from "../engine/grid";
import { gridFromXlsx, WorkbookReadError } from "./read";
import { applyEditsToXlsx, WorkbookWriteError } from "./write";
import { useInflater } from "./fast/package";

// node:zlib inflates 2–3 × faster than fflate; the reader takes it wherever this Node host is loaded.
useInflater((data, size) => inflateRawSync(data, { info: false, maxOutputLength: Math.max(size, 1) }));

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
}

/** Why the file system refused, in words a user understands. */
function fileProblem(error: unknown): string {
  switch (errorCode(error)) {
    case "ENOENT":
      return "文件或文件夹不存在";
    case "EACCES":
    case "EPERM":
      return "没有访问权限";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "ENOTDIR":
      return "路径中有一段不是文件夹";
    case "EBUSY":
      return "文件正被其他程序占用，请关闭后再试";
    case "ENOSPC":
      return "磁盘空间不足";
    case "EROFS":
      return "所在磁盘是只读的";
    default:
      return "系统拒绝了此操作";
  }
}

async function readBytes(filePath: string): Promise<Uint8Array> {
  try {
    return await fs.readFile(filePath);
  } catch (error) {
    throw new WorkbookReadError("unreadable-file", `无法读取文件 ${filePath}：${fileProblem(error)}`);
  }
}

/** Reads an .xlsx file from disk into a Grid named after the file (as reports name the workbook). */
export async function readWorkbookFile(filePath: string): Promise<WorkbookGrid> {
  const bytes = await readBytes(filePath);
  return gridFromXlsx(bytes, path.basename(filePath));
}

/** The file a path finally names, following symbolic links; for a file not yet written, through its folder. */
async function canonicalPath(filePath: string): Promise<string> {
  const absolute = path.resolve(filePath);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Whether two paths name one file: the same canonical path, or the same inode (hard links, case-folding disks). */
async function sameFile(first: string, second: string): Promise<boolean> {
  if ((await canonicalPath(first)) === (await canonicalPath(second))) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(first), fs.stat(second)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false; // the output does not exist yet, so it cannot be the input
  }
}

/**
 * Writes a filled copy of inputPath to outputPath. Refuses to write over the input; writes a temporary file
 * beside the output and renames it, so an interrupted run never leaves a half-written workbook behind.
 */
export async function writeFilledCopy(inputPath: string, outputPath: string, edits: CellEdit[]): Promise<void> {
  // The filled copy is the same kind of package as the input; Excel refuses a macro-enabled workbook or a template
  // whose name says .xlsx.
  const kind = /\.(xlsm|xltx|xltm)$/i.exec(inputPath)?.[1].toLowerCase();
  if (kind && path.extname(outputPath).toLowerCase() !== `.${kind}`) {
    throw new WorkbookWriteError(`输入文件是 .${kind} 工作簿，输出文件也须以 .${kind} 结尾（否则 Excel 无法打开）`);
  }
  await writeDerivedCopy(inputPath, outputPath, (bytes) => applyEditsToXlsx(bytes, edits));
}

/**
 * Writes a new workbook made from the input's bytes (a filled copy, a copy with a 参考数据 sheet added): refuses
 * to write over the input, writes a temporary file beside the output and renames it, so a failure never
 * leaves half a file.
 */
export async function writeDerivedCopy(
  inputPath: string,
  outputPath: string,
  transform: (bytes: Uint8Array) => Promise<Uint8Array>
): Promise<void> {
  if (await sameFile(inputPath, outputPath)) {
    throw new WorkbookWriteError(`不能覆盖输入文件 ${inputPath}，请为输出文件另选一个文件名`);
  }
  const result = await transform(await readBytes(inputPath));
  const target = path.resolve(outputPath);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`
  );
  try {
    await fs.writeFile(temporary, result, { flag: "wx" });
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(`无法写入文件 ${outputPath}：${fileProblem(error)}`);
  }
}
