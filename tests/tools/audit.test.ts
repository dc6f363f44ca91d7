import { auditVerdict } from "./audit";

// The shapes npm 11 prints for `npm audit --json`: a report, and the error object when the service answers 405.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, { severity: string }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe("npm audit verdict", () => {
  it("passes a report with no high or critical advisory", () => {
    expect(auditVerdict(report({ moderate: 2 }, { "some-lib": { severity: "moderate" } })).kind).toBe("clean");
  });

  it("fails on a high or a critical advisory, naming the package", () => {
    const verdict = auditVerdict(report({ high: 1, moderate: 1 }, { jszip: { severity: "high" }, other: { severity: "moderate" } }));
    expect(verdict).toEqual({ kind: "advisories", counts: expect.objectContaining({ high: 1 }), packages: ["jszip（high）"] });
    expect(auditVerdict(report({ critical: 1 }, { x: { severity: "critical" } })).kind).toBe("advisories");
  });

  it("says it could not audit when the service does not answer, rather than calling that clean", () => {
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 });
    expect(auditVerdict(refused)).toEqual({ kind: "unreachable", why: expect.stringContaining("405") });
    expect(auditVerdict("").kind).toBe("unreachable");
  });
});
