// Runs one narrative rule over the sample's tables with the given paragraphs / 参考数据.
import { runRules } from "../../../../src/engine";
import { Finding } from "../../../../src/engine/finding";
import { DEFAULT_SETTINGS, Rule } from "../../../../src/engine/rule";
import { SampleOptions, sampleTables } from "../../narrative/sample-tables";

export function run(rule: Rule, options: SampleOptions = {}): Finding[] {
  return runRules(sampleTables(options), DEFAULT_SETTINGS, [rule]);
}

/** "severity cell expected actual", the short form tests compare. */
export const brief = (f: Finding) => `${f.severity} ${f.cell} ${f.expected ?? "-"} ${f.actual ?? "-"}`;
