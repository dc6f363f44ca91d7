// Every narrative figure that the tables or its own sentence can check, made clearly wrong in turn (+37.00 on an
// amount, +3 points on a percentage), must give an error on its sentence; every other figure must be 无法核对 in
// the clean run (or a rate on a zero base, a warning whatever its value). Over every fixture with a narrative.
import { recognizeWorkbook } from "../../../src/engine/recognize";
import { WorkbookGrid } from "../../../src/engine/grid";
import { REAL_IDS, realGrid } from "../../fixtures/real/fixtures";
import { sampleGrid } from "./fixture";
import { MutationResult, mutationTest } from "./real";

const FIXTURES: [string, () => Promise<WorkbookGrid>][] = [["sample（朝阳）", sampleGrid], ...REAL_IDS.map((id): [string, () => Promise<WorkbookGrid>] => [id, () => realGrid(id)])];

describe("the narrative mutation test", () => {
  const results = new Map<string, MutationResult>();

  it.each(FIXTURES)("catches at least 98%% of the checkable figures of %s", async (name, load) => {
    const grid = await load();
    const result = mutationTest(grid, recognizeWorkbook(grid));
    results.set(name, result);
    expect(result.checkable).toBeGreaterThan(30);
    expect(result.caught / result.checkable).toBeGreaterThanOrEqual(0.98);
  }, 120_000);

  afterAll(() => {
    const lines = [...results].map(
      ([name, r]) => `${name}: caught ${r.caught} / checkable ${r.checkable}, unverifiable ${r.unverifiable}, zero-base warnings ${r.zeroBase}${r.missed.length ? `; missed: ${r.missed.join("; ")}` : ""}`
    );
    console.log(`narrative mutation test\n${lines.join("\n")}`);
  });
});
