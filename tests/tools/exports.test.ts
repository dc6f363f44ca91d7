// No dead exports: every name a module under src exports is named by some other file (of src, tests or bin). A name
// that only its own file uses is file-local; one that nothing uses is gone. The search is by whole word, so a name
// that another file merely mentions counts as used: the check may miss a dead export, never call a live one dead.
// src/cli is left out while its dispatch is being extended in parallel (issue 15's note).
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : filesUnder(relative);
    return /\.(tsx?|js)$/.test(entry.name) ? [relative] : [];
  });
}

const EXPORT = /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|abstract class)\s+([A-Za-z_$][\w$]*)/gm;

/** The names a source exports by declaration, and the names it exports in a local `export { … }` list. */
function exportedNames(source: string): string[] {
  const names = [...source.matchAll(EXPORT)].map((match) => match[1]);
  for (const list of source.matchAll(/^export\s*\{([^}]*)\}(?!\s*from)/gm)) {
    for (const part of list[1].split(",")) if (part.trim()) names.push(part.trim().split(/\s+as\s+/).pop()!);
  }
  return names;
}

test("the export reader sees every form of export", () => {
  const source = "export function a() {}\nexport const b = 1;\nexport interface C {}\nexport type D = 1;\nconst e = 2;\nexport { e };\nfunction f() {}";
  expect(exportedNames(source)).toEqual(["a", "b", "C", "D", "e"]);
});

test("every export of src is used by another file", () => {
  const all = [...filesUnder("src"), ...filesUnder("tests"), ...filesUnder("bin")];
  const text = new Map(all.map((file) => [file, fs.readFileSync(path.join(ROOT, file), "utf8")]));
  const unused: string[] = [];
  for (const file of all.filter((f) => f.startsWith("src") && !f.startsWith(path.join("src", "cli")) && /\.tsx?$/.test(f))) {
    for (const name of exportedNames(text.get(file)!)) {
      const word = new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\b`);
      if (!all.some((other) => other !== file && word.test(text.get(other)!))) unused.push(`${file}: ${name}`);
    }
  }
  expect(unused).toEqual([]);
});
