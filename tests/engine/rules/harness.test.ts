// Runs every rule's cases (harness.ts) and holds each rule to having them: at least one valid and one invalid
// case, message ids it declares in meta.messages, findings exactly as its invalid cases list them.
import * as fs from "fs";
import * as path from "path";
import { ALL_RULES } from "../../../src/engine/rules";
import { expectedOf, findingsOf, inOrder, RuleCases } from "./harness";

jest.setTimeout(120_000);

function casesFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return casesFiles(full);
    return entry.name.endsWith(".cases.ts") ? [full] : [];
  });
}

const files = casesFiles(__dirname).sort();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const declared: { file: string; cases: RuleCases }[] = files.map((file) => ({ file, cases: require(file).cases as RuleCases }));
const byRule = new Map<string, RuleCases[]>();
for (const { cases } of declared) byRule.set(cases.rule.meta.id, [...(byRule.get(cases.rule.meta.id) ?? []), cases]);

describe("every rule is held to its cases", () => {
  test.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))("%s has one cases file with a valid and an invalid case", (id) => {
    const cases = byRule.get(id) ?? [];
    expect(cases).toHaveLength(1);
    expect(cases[0].valid.length).toBeGreaterThanOrEqual(1);
    expect(cases[0].invalid.length).toBeGreaterThanOrEqual(1);
  });

  test.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))("%s declares its messages by stable ids", (_id, rule) => {
    const messages = Object.entries(rule.meta.messages);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    for (const [id, template] of messages) {
      expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(template.trim()).not.toBe("");
    }
  });

  test("every cases file is about a rule the engine runs", () => {
    const running = new Set(ALL_RULES.map((rule) => rule.meta.id));
    expect(declared.filter(({ cases }) => !running.has(cases.rule.meta.id)).map(({ file }) => path.relative(__dirname, file))).toEqual([]);
  });
});

for (const { file, cases } of declared) {
  const { rule } = cases;
  describe(`${rule.meta.id} (${path.relative(__dirname, file)})`, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", async (_name, ruleCase) => {
      expect((await findingsOf(rule, ruleCase)).findings.map(expectedOf)).toEqual([]);
    });

    test.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", async (_name, ruleCase) => {
      const { findings, tables } = await findingsOf(rule, ruleCase);
      const expected = typeof ruleCase.findings === "function" ? ruleCase.findings(tables) : ruleCase.findings;
      expect(expected.length).toBeGreaterThanOrEqual(1);
      expect(inOrder(findings.map(expectedOf))).toEqual(inOrder(expected));
      for (const finding of findings) {
        expect(Object.keys(rule.meta.messages)).toContain(finding.messageId);
        expect(finding.message).not.toMatch(/\{\{|\}\}/);
      }
    });
  });
}
