// The engine's modules in layers, lowest first; a module imports only from its own layer or one below. Data flows
// grid → recognise → tables → narrative reading → rules → fill: the recognisers read the grid into the shapes of
// the model, the figures layer works out what each derived cell holds (or will hold once filled), the narrative is
// read against those figures, the rules check all of it and fill writes what the rules derive. The model (the
// shapes every layer passes on) sits under the recognisers that produce it.
//
// Imports are read with TypeScript's own preProcessFile (every import, `import type`, export-from and require,
// however it is laid out over lines) rather than a regex or a new dependency such as dependency-cruiser: a type-only
// import ties layers as much as a value import does, and the compiler already knows every form of one.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const ENGINE = path.join(SRC, "engine");

/** Layers lowest first; each entry is a module path (without .ts) or a folder ending in "/", relative to src/engine. */
const LAYERS: { name: string; modules: string[] }[] = [
  { name: "grid (cells and exact values)", modules: ["grid", "decimal", "memo", "amount", "codes", "rounding"] },
  { name: "model (the shapes passed on)", modules: ["tables", "finding", "edits", "rule", "perf/types", "narrative/types", "reference/types"] },
  {
    name: "recognise",
    modules: ["recognize/public/", "recognize/budget/", "recognize/departments", "perf/", "narrative/recognize", "narrative/reference", "narrative/text"],
  },
  { name: "tables (the figures of derived cells)", modules: ["figures/"] },
  { name: "narrative reading", modules: ["narrative/"] },
  // The workbook's tables, department by department, with last year's and the budget's figures applied: naming a
  // companion's figure takes the narrative's catalogue of items.
  { name: "workbook (recognised, companions applied)", modules: ["recognize/index", "reference/"] },
  { name: "rules", modules: ["rules/"] },
  { name: "fill and the front door", modules: ["fill", "index"] },
];

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The module's rank: the most specific entry (longest) that names it; undefined when no layer names it. */
function layerOf(module: string): number | undefined {
  let best: { rank: number; length: number } | undefined;
  LAYERS.forEach((layer, rank) => {
    for (const entry of layer.modules) {
      const matches = entry.endsWith("/") ? module.startsWith(entry) : module === entry;
      if (matches && (!best || entry.length > best.length)) best = { rank, length: entry.length };
    }
  });
  return best?.rank;
}

/** Relative imports of a file, resolved to paths relative to src (without extension). */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => {
      const target = path.resolve(path.dirname(file), name);
      const asIndex = path.join(target, "index");
      const resolved = fs.existsSync(target + ".ts") || fs.existsSync(target + ".tsx") ? target : asIndex;
      return path.relative(SRC, resolved).split(path.sep).join("/");
    });
}

const engineFiles = sourcesUnder(ENGINE);
const moduleOf = (file: string) => path.relative(ENGINE, file).replace(/\.tsx?$/, "").split(path.sep).join("/");

test("every engine module belongs to a layer", () => {
  expect(engineFiles.map(moduleOf).filter((module) => layerOf(module) === undefined)).toEqual([]);
});

test("no engine module imports from a layer above its own", () => {
  const againstTheFlow: string[] = [];
  for (const file of engineFiles) {
    const from = moduleOf(file);
    for (const imported of importsOf(file)) {
      if (!imported.startsWith("engine/")) continue;
      const to = imported.slice("engine/".length);
      const fromRank = layerOf(from)!;
      const toRank = layerOf(to);
      if (toRank !== undefined && toRank > fromRank) againstTheFlow.push(`${from} (${LAYERS[fromRank].name}) → ${to} (${LAYERS[toRank].name})`);
    }
  }
  expect(againstTheFlow).toEqual([]);
});

test("the engine never imports a host, the xlsx reader, the task pane or the CLI", () => {
  const outside = engineFiles.flatMap((file) =>
    importsOf(file)
      .filter((imported) => !imported.startsWith("engine/"))
      .map((imported) => `${moduleOf(file)} → ${imported}`)
  );
  expect(outside).toEqual([]);
});

test("the check itself can fail: an import against the flow is caught", () => {
  // narrative/sources once imported rules/public/effective-cell: narrative reading reaching up into the rules.
  expect(layerOf("rules/public/t01-expense-total")!).toBeGreaterThan(layerOf("narrative/sources")!);
  expect(layerOf("narrative/sources")!).toBeGreaterThan(layerOf("figures/effective-cell")!);
  const parsed = ts.preProcessFile('import type {\n  A,\n} from "../rules/x";\nexport { b } from "./y";', true, true);
  expect(parsed.importedFiles.map((f) => f.fileName)).toEqual(["../rules/x", "./y"]);
});
