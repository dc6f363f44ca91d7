// `npm run audit:prod`: the advisories of what the add-in and the CLI ship (npm audit --omit=dev). Fails on a high or
// critical advisory. When the registry's audit service cannot be reached (offline CI, a proxy that only allows GET —
// this project's build machine answers 405), it says so plainly and does not fail: no answer is not a clean bill.
import { spawnSync } from "child_process";

export type AuditVerdict =
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "advisories"; counts: Record<string, number>; packages: string[] }
  | { kind: "unreachable"; why: string };

interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity?: string }>;
  message?: string;
  statusCode?: number;
  error?: unknown;
}

const BLOCKING = ["high", "critical"];

/** What `npm audit --json` printed, judged: only high and critical advisories block. */
export function auditVerdict(stdout: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return { kind: "unreachable", why: "npm audit 没有给出可读的结果" };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { kind: "unreachable", why: report.message ?? "npm audit 没有给出漏洞统计" };
  const packages = Object.entries(report.vulnerabilities ?? {})
    .filter(([, advisory]) => BLOCKING.includes(advisory.severity ?? ""))
    .map(([name, advisory]) => `${name}（${advisory.severity}）`);
  return BLOCKING.some((level) => (counts[level] ?? 0) > 0) ? { kind: "advisories", counts, packages } : { kind: "clean", counts };
}

function main(): void {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
  const verdict = auditVerdict(run.stdout ?? "");
  switch (verdict.kind) {
    case "clean":
      process.stdout.write(`npm audit --omit=dev：没有高危或严重漏洞（${JSON.stringify(verdict.counts)}）\n`);
      return;
    case "advisories":
      process.stdout.write(`npm audit --omit=dev：发现高危或严重漏洞：${verdict.packages.join("、")}\n`);
      process.exitCode = 1;
      return;
    case "unreachable":
      process.stdout.write(`npm audit --omit=dev：无法取得审计结果，本次未核对（${verdict.why}）\n`);
      return;
  }
}

if (require.main === module) main();
