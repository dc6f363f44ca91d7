// manifest.xml: structurally valid against Microsoft's XSD schemas (offline, xmllint), asking for nothing more
// than ReadWriteDocument, pointing at the local task pane, with every icon it names present at its size.
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

// CI installs libxml2-utils and must run the check; elsewhere a missing xmllint skips it with a note.
const schemaTest = hasXmllint || process.env.CI ? it : it.skip;
if (!hasXmllint && !process.env.CI) console.warn("xmllint 未安装（apt-get install libxml2-utils），跳过 manifest.xml 的离线结构校验");

schemaTest("validates against the XSD schemas (npm run validate:offline)", () => {
  const schema = path.join(ROOT, "schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
  expect(() => execFileSync("xmllint", ["--noout", "--schema", schema, path.join(ROOT, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
});

it("asks for ReadWriteDocument and nothing more", () => {
  expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(["<Permissions>ReadWriteDocument</Permissions>"]);
});

it("is an Excel task pane served from https://localhost:3000", () => {
  expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
  expect(manifest).toMatch(/<Host Name="Workbook"\s*\/>/);
  const urls = [...manifest.matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]).filter((u) => !u.includes("schemas.microsoft.com") && !u.includes("www.w3.org"));
  for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
});

it("names icons that exist in assets/ at their sizes", () => {
  const pngSize = (file: string) => {
    const bytes = fs.readFileSync(file);
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };
  for (const size of [16, 32, 64, 80]) {
    const file = path.join(ROOT, `assets/icon-${size}.png`);
    expect(pngSize(file)).toEqual([size, size]);
    expect(manifest).toContain(`assets/icon-${size}.png`);
  }
});
