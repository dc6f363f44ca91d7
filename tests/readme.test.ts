// The README is part of the product: its quick start must be the two commands, and its rule list current.
import * as fs from "fs";
import { README_PATH, readmeWithRules } from "./tools/readme-rules";

const readme = fs.readFileSync(README_PATH, "utf8");

it("starts with the two set-up commands", () => {
  const quickStart = readme.split("## Quick start")[1].split("##")[0];
  const commands = /```sh\n([\s\S]*?)```/.exec(quickStart)![1].trim().split("\n");
  expect(commands).toEqual(["npm install && npm run demo", "npm test"]);
});

it("lists every rule as the registry has it (npm run docs:rules)", () => {
  expect(readme).toBe(readmeWithRules(readme));
});
