// The scoring conventions that differ between provinces, set on the command line.
import { DEFAULT_SETTINGS } from "../../src/engine";
import { settingsFrom } from "../../src/cli/main";
import { SAMPLE_PATH } from "../fixtures/build-sample";
import { runCli } from "./helpers";

describe("settings", () => {
  it("default to the sample's conventions", () => {
    expect(settingsFrom([])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ executionRatePoints: 10, wholePercentExecutionRate: true });
  });

  it("read --rate-points and --rate-whole-percent", () => {
    expect(settingsFrom(["--rate-points", "20", "--rate-whole-percent", "no"])).toEqual({
      executionRatePoints: 20,
      wholePercentExecutionRate: false,
    });
  });

  it("turn the sample's 预算执行率得分 into errors when the province gives 20 points", async () => {
    const run = await runCli("check", SAMPLE_PATH, "--json", "--rate-points", "20");
    const report = JSON.parse(run.stdout);
    const scores = report.findings.filter((f: { message: string; severity: string }) => f.severity === "error" && f.message.includes("预算执行率得分应为 20 ×"));
    expect(scores.map((f: { expected: string }) => f.expected).sort()).toEqual(["11.512", "18.562", "18.918"]);
  });

  it("refuse a value that is not a convention", async () => {
    const run = await runCli("check", SAMPLE_PATH, "--rate-points", "15");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--rate-points 只能是 10 或 20");
  });
});
