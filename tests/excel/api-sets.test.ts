// Every Excel API member src/excel uses is in the requirement set the manifest declares (ExcelApi 1.9), as
// @types/office-js documents it ("[Api set: ExcelApi 1.x]" on the member, else on its interface or class) — without
// Excel here, this is the guard against a call a user's Excel does not have. The members used are found with the
// type checker: property accesses and calls, the properties of object literals typed by Excel (Excel.RunOptions),
// and the names given to load("…"). A newer member is accepted only where it is listed below with the run-time
// check (isSetSupported, through the host's `supports`) that guards it, and the function using it tests that guard.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const EXCEL_DIR = path.join(ROOT, "src", "excel");
const OFFICE_TYPES = path.join(ROOT, "node_modules", "@types", "office-js", "index.d.ts");
const manifestVersion = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"))![1];

/** Members newer than the manifest's set, each used only behind a run-time check of its set. */
const GUARDED: { member: string; set: string; file: string; guard: RegExp; hostConstant: string }[] = [
  // The read queues a "merges" unit only when the host found ExcelApi 1.13 (planReadBatches(…, mergedAreas)).
  { member: "Range.getMergedAreasOrNullObject", set: "1.13", file: "read.ts", guard: /unit\.kind === "merges"/, hostConstant: "MERGED_AREAS_API" },
  { member: "Range.getMergedAreasOrNullObject", set: "1.13", file: "write.ts", guard: /options\.mergedAreas/, hostConstant: "MERGED_AREAS_API" },
  // A fill is one Ctrl+Z step only where Excel has ExcelApi 1.20.
  { member: "RunOptions.mergeUndoGroup", set: "1.20", file: "host.ts", guard: /this\.supports\(UNDO_GROUP_API\)/, hostConstant: "UNDO_GROUP_API" },
];

/**
 * Members @types/office-js gives no set for (neither on the member nor on its interface), each accepted for a reason;
 * any other member without a documented set fails the test.
 */
const UNDOCUMENTED: Record<string, string> = {
  "Excel.run": "the entry point of the Excel API itself (ExcelApi 1.1)",
  "RequestContext.workbook": "the entry point of the Excel API itself (ExcelApi 1.1)",
  "RunOptions.delayForCellEdit": "a field of the options object passed to Excel.run: an Excel that does not know it ignores it",
};

const versionValue = (v: string) => v.split(".").map(Number).reduce((a, n, i) => a + n / 1000 ** i, 0);

interface Use {
  member: string;
  set: string | undefined;
  file: string;
  functionText: string;
}

function apiSetOf(declaration: ts.Declaration): string | undefined {
  // The doc comment right above the declaration, and only it (not the notes of the members it contains).
  const docs = ts.getJSDocCommentsAndTags(declaration).map((doc) => doc.getFullText()).join("\n");
  return /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(docs)?.[1];
}

/** The member's set: its own note, else its interface's or class's note. */
function setOfSymbol(symbol: ts.Symbol): { owner: string; set: string | undefined } | undefined {
  const declarations = (symbol.declarations ?? []).filter((d) => path.resolve(d.getSourceFile().fileName) === OFFICE_TYPES);
  if (declarations.length === 0) return undefined;
  const owner = declarations[0].parent;
  const ownerName = ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner) ? owner.name?.text ?? "?" : "Excel";
  // In the Excel namespace only (Office.* members are the common API, not ExcelApi).
  let namespace: ts.Node | undefined = owner.parent;
  while (namespace && !ts.isModuleDeclaration(namespace)) namespace = namespace.parent;
  if (!namespace || (namespace as ts.ModuleDeclaration).name.getText() !== "Excel") return undefined;
  const sets = declarations.map(apiSetOf).filter((s): s is string => !!s);
  const set = sets.length > 0 ? sets.sort((a, b) => versionValue(a) - versionValue(b))[0] : apiSetOf(owner as ts.Declaration);
  return { owner: ownerName, set };
}

function enclosingFunctionText(node: ts.Node): string {
  let current: ts.Node | undefined = node;
  while (current && !ts.isFunctionLike(current)) current = current.parent;
  return (current ?? node.getSourceFile()).getText();
}

function excelUses(): Use[] {
  const files = fs.readdirSync(EXCEL_DIR).filter((f) => f.endsWith(".ts")).map((f) => path.join(EXCEL_DIR, f));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, strict: true, types: ["office-js"], lib: ["lib.es2020.d.ts", "lib.dom.d.ts"], esModuleInterop: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const record = (symbol: ts.Symbol | undefined, node: ts.Node, file: string) => {
    if (!symbol) return;
    const found = setOfSymbol(symbol);
    if (found) uses.push({ member: `${found.owner}.${symbol.name}`, set: found.set, file, functionText: enclosingFunctionText(node) });
  };
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const name = path.basename(file);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name), node, name);
      if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const literal = node.parent;
        const contextual = ts.isObjectLiteralExpression(literal) ? checker.getContextualType(literal) : undefined;
        record(contextual?.getProperty(node.name.getText()), node, name);
      }
      // load("a,b") / load(["a", "b"]): each name is a property of the loaded object.
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "load") {
        const target = checker.getTypeAtLocation(node.expression.expression);
        const names = node.arguments.flatMap((arg) =>
          ts.isStringLiteral(arg) ? arg.text.split(",") : ts.isArrayLiteralExpression(arg) ? arg.elements.filter(ts.isStringLiteral).map((e) => e.text) : []
        );
        for (const loaded of names.map((n) => n.trim()).filter(Boolean)) record(target.getProperty(loaded.split("/")[0]), node, name);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const uses = excelUses();

test("the manifest declares ExcelApi 1.9 and the host refuses anything older", () => {
  expect(manifestVersion).toBe("1.9");
  expect(fs.readFileSync(path.join(EXCEL_DIR, "host.ts"), "utf8")).toContain(`const REQUIRED_API = "${manifestVersion}";`);
});

test("the Excel members src/excel uses are found, each with its documented set", () => {
  const members = new Set(uses.map((u) => u.member));
  // A sample of what the host must use, so that a reader that finds nothing cannot pass.
  for (const member of ["Range.values", "Range.numberFormat", "Worksheet.getRangeByIndexes", "Range.getMergedAreasOrNullObject", "RunOptions.mergeUndoGroup"]) {
    expect(members).toContain(member);
  }
  expect([...new Set(uses.filter((u) => u.set === undefined).map((u) => u.member))].filter((m) => !(m in UNDOCUMENTED))).toEqual([]);
});

test(`every Excel member is in ExcelApi ${manifestVersion} or behind a check of its set`, () => {
  const hostText = fs.readFileSync(path.join(EXCEL_DIR, "host.ts"), "utf8");
  const tooNew = uses
    .filter((u) => u.set !== undefined && versionValue(u.set) > versionValue(manifestVersion))
    .filter((u) => {
      const exception = GUARDED.find((g) => g.member === u.member && g.file === u.file);
      if (!exception) return true;
      const constantSet = new RegExp(`const ${exception.hostConstant} = "${exception.set.replace(".", "\\.")}"`).test(hostText);
      return !(exception.set === u.set && constantSet && exception.guard.test(u.functionText) && hostText.includes(`this.supports(${exception.hostConstant})`));
    })
    .map((u) => `${u.file}: ${u.member} (ExcelApi ${u.set})`);
  expect([...new Set(tooNew)]).toEqual([]);
});

test("each listed exception is still used (a stale one would hide nothing but mislead)", () => {
  for (const exception of GUARDED) expect(uses.some((u) => u.member === exception.member && u.file === exception.file)).toBe(true);
});
