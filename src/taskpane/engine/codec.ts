// Findings and edits carry Decimals, which do not survive the structured clone between the pane and its worker (they
// arrive as plain objects). On the way they travel as decimal strings and are made Decimals again on arrival.
import { Decimal } from "../../engine/decimal";
import { CellEdit } from "../../engine/edits";
import { Finding, Fix } from "../../engine/finding";
import { CheckResult } from "../../engine/index";

type WireNumber<T> = T extends { kind: "number"; value: Decimal } ? Omit<T, "value"> & { value: string } : T;
export type WireEdit = WireNumber<CellEdit>;
type WireFix = WireNumber<Fix>;
type WireFinding = Omit<Finding, "fix"> & { fix?: WireFix };
export type WireResult = Omit<CheckResult, "findings"> & { findings: WireFinding[] };

export function encodeEdit(edit: CellEdit): WireEdit {
  return edit.kind === "number" ? { ...edit, value: edit.value.toString() } : edit;
}

export function decodeEdit(edit: WireEdit): CellEdit {
  return edit.kind === "number" ? { ...edit, value: new Decimal(edit.value) } : edit;
}

function encodeFix(fix: Fix): WireFix {
  return fix.kind === "number" ? { ...fix, value: fix.value.toString() } : fix;
}

function decodeFix(fix: WireFix): Fix {
  return fix.kind === "number" ? { ...fix, value: new Decimal(fix.value) } : fix;
}

export function encodeResult(result: CheckResult): WireResult {
  return { ...result, findings: result.findings.map((f) => (f.fix ? { ...f, fix: encodeFix(f.fix) } : (f as WireFinding))) };
}

export function decodeResult(result: WireResult): CheckResult {
  return { ...result, findings: result.findings.map((f) => (f.fix ? { ...f, fix: decodeFix(f.fix) } : (f as Finding))) };
}
