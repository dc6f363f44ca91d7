// Keeps the README's rule list in step with the rule registry. `npm run docs:rules` rewrites the section between
// the markers; tests/readme.test.ts fails when it is stale.
import * as fs from "fs";
import * as path from "path";
import { rulesMarkdown } from "../../src/cli/main";

export const README_PATH = path.join(__dirname, "../../README.md");
const START = "<!-- rules:start -->";
const END = "<!-- rules:end -->";

export function readmeWithRules(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error("README.md has no rules:start / rules:end markers");
  return `${readme.slice(0, start + START.length)}\n${rulesMarkdown()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const readme = fs.readFileSync(README_PATH, "utf8");
  fs.writeFileSync(README_PATH, readmeWithRules(readme));
  process.stdout.write("README.md rule list updated\n");
}
