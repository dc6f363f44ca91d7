// The XML reader against saxes, a strict XML 1.0 parser: whatever the reader accepts, saxes accepts too, with the
// same elements, attributes and text; what saxes refuses, the reader refuses.
// (saxes comes with exceljs; the test uses it as the reference, nothing in src does.)
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlError, XmlReader } from "../../../src/xlsx/fast/xml";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** Adjacent text events joined: both readers may split text (around a comment, at a chunk end). */
function joinTexts(events: Event[]): Event[] {
  const joined: Event[] = [];
  for (const event of events) {
    const last = joined[joined.length - 1];
    if (event[0] === "text" && last?.[0] === "text") last[1] += event[1];
    else joined.push(event);
  }
  return joined;
}

function saxesEvents(xml: string): { events: Event[]; errors: string[] } {
  const parser = new SaxesParser();
  const events: Event[] = [];
  const errors: string[] = [];
  let depth = 0;
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", (tag) => {
    depth++;
    events.push(["open", tag.name, { ...(tag.attributes as Record<string, string>) }]);
  });
  // Text outside the root is not reported by the reader (exceljs ignores it there too).
  parser.on("text", (text) => {
    if (depth > 0) events.push(["text", text]);
  });
  parser.on("closetag", (tag) => {
    depth--;
    events.push(["close", tag.name]);
  });
  // A CDATA section is text (the reader reports it as such).
  parser.on("cdata", (text) => {
    if (depth > 0) events.push(["text", text]);
    else errors.push("cdata outside the root");
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    errors.push(String(error));
  }
  return { events: joinTexts(events), errors };
}

function readerEvents(xml: string): Event[] {
  const reader = new XmlReader(xml);
  const events: Event[] = [];
  for (let event = reader.next(); event !== XML_END; event = reader.next()) {
    if (event === XML_OPEN) events.push(["open", reader.name, reader.attributeObject()]);
    else if (event === XML_CLOSE) events.push(["close", reader.name]);
    else if (event === XML_TEXT) events.push(["text", reader.text]);
  }
  return joinTexts(events);
}

/** The reader's verdict matches saxes: accepted with saxes's events, or refused (saxes may still accept). */
function expectAgreement(xml: string): "accepted" | "refused" {
  let events: Event[];
  try {
    events = readerEvents(xml);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlError);
    return "refused";
  }
  expect(saxesEvents(xml)).toEqual({ events, errors: [] });
  return "accepted";
}

describe("XmlReader", () => {
  it("reads what a worksheet part holds as saxes does", () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><sheetData>' +
      '<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> 第一行\r\n第二行 </t></is></c>' +
      "<c r='B1' s = \"2\"><f>A1&amp;&quot;元&quot;&#x9;&#10;</f><v>1&lt;2&gt;3</v></c></row></sheetData>" +
      '<hyperlinks><hyperlink ref="A1" r:id="rId1" tooltip="a\tb\r\nc&#10;d"/></hyperlinks><!-- c --><?pi x?></worksheet>\n';
    expect(expectAgreement(xml)).toBe("accepted");
    expect(readerEvents(xml)).toContainEqual(["text", " 第一行\n第二行 "]);
    expect(readerEvents(xml)).toContainEqual(["open", "hyperlink", { ref: "A1", "r:id": "rId1", tooltip: "a b c\nd" }]);
  });

  it("refuses what saxes refuses", () => {
    const refused = [
      "<a>&nbsp;</a>", "<a>&#0;</a>", "<a>x\u0001</a>", '<a b="1" b="2"/>', '<a b="1"c="2"/>', '<a b="<"/>', "<a>]]></a>",
      "<a/>text", "<a></b>", "<a>", "<a/><b/>", ' <?xml version="1.0"?><a/>', "<a><!-- x -- y --></a>", "<a b=1/>", "<1a/>",
      "", "   ", "<a>&#xD800;</a>", "<a>\uFFFE</a>", "<a><?xml x?></a>",
    ];
    for (const xml of refused) {
      expect(() => readerEvents(xml)).toThrow(XmlError);
      expect(saxesEvents(xml).errors).not.toEqual([]);
    }
  });

  it("reads CDATA as text", () => {
    expect(readerEvents("<a>x<![CDATA[<b> & ]]>y</a>")).toEqual([["open", "a", {}], ["text", "x<b> & y"], ["close", "a"]]);
  });

  it("refuses what the parts never hold, which saxes may accept: a DOCTYPE, names beyond ASCII", () => {
    const notFollowed = [
      "<!DOCTYPE a><a/>", "<表/>", "<a 名='1'/>", "<?xml version='1.1'?><a/>",
      "<?xml version='1.0' encoding='GBK'?><a/>", "<?xml-stylesheet x?><a/>",
    ];
    for (const xml of notFollowed) {
      expect(() => readerEvents(xml)).toThrow(XmlError);
    }
  });

  it("agrees with saxes on generated documents", () => {
    const name = fc.constantFrom("a", "c", "v", "x:y", "_b", "row", "a-b.c", "1", "表", "a:b:c");
    const attributeValue = fc.constantFrom("", "1", "A1", "a b", "x\ty", "x\r\ny", "x\ny", "&amp;", "&lt;&gt;", "&#10;", "&#x41;", "&bad;", "&", "<", ">", "'", '"', "&#0;");
    const attribute = fc.tuple(fc.constantFrom("r", "t", "s", "r:id", "a", "r"), attributeValue, fc.constantFrom('"', "'"), fc.constantFrom(" ", "  ", "\n", "\t", ""), fc.constantFrom("=", " = ", "= "));
    const text = fc.constantFrom("", "1", " ", "x y", "\r\n", "\r", "&amp;", "&#13;", "a&b", "]]>", "]]", ">", "\u0001", "合计", "&#x1F600;", "\uFEFF");
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      element: fc.tuple(name, fc.array(attribute, { maxLength: 3 }), fc.array(tie("child"), { maxLength: 3 }), fc.boolean(), fc.constantFrom("", " ")).map(
        ([tag, attributes, children, selfClosing, closeSpace]) => {
          const attrs = attributes.map(([n, v, q, space, eq]) => `${space}${n}${eq}${q}${v}${q}`).join("");
          return selfClosing && children.length === 0 ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${children.join("")}</${tag}${closeSpace}>`;
        }
      ),
      child: fc.oneof(
        { maxDepth: 4 },
        { weight: 3, arbitrary: text },
        { weight: 3, arbitrary: tie("element") },
        { weight: 1, arbitrary: fc.constantFrom("<!-- c -->", "<?pi data?>", "<![CDATA[d]]>", "<!---->", "<!-- - -->") }
      ),
    })).element as fc.Arbitrary<string>;
    const prolog = fc.constantFrom("", '<?xml version="1.0"?>', "<?xml version='1.0' encoding='UTF-8' standalone='no'?>\r\n", "\uFEFF", " ", "<!-- p -->");
    let accepted = 0;
    fc.assert(
      fc.property(prolog, node, fc.constantFrom("", "\n", " x", "<b/>", "<!-- e -->"), (before, root, after) => {
        if (expectAgreement(before + root + after) === "accepted") accepted++;
      }),
      { numRuns: 3000, seed: 3 }
    );
    expect(accepted).toBeGreaterThan(300);
  });
});
