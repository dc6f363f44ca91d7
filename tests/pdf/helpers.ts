// The built CLI run in a child process: pdf.js is an ES module that the CLI loads with a native import(), which
// jest's CommonJS sandbox does not provide; the command a user types is what is tested.
import { execFile } from "child_process";
import * as path from "path";

export const BIN = path.join(__dirname, "..", "..", "bin", "juesuan.js");
export const PDF_DIR = path.join(__dirname, "..", "fixtures", "pdf");

export interface BuiltRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runBuilt(...args: string[]): Promise<BuiltRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 2) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  related: string[];
  expected: string | null;
  actual: string | null;
  message: string;
  page?: number;
  box?: number[];
}

/** A finding as the engine states it, without where a PDF prints it. */
export function statement(f: JsonFinding): string {
  return [f.rule, f.severity, f.sheet, f.cell, f.related.join(","), f.expected, f.actual, f.message].join(" | ");
}
