import {
  ECONOMIC_CODES,
  FUNCTIONAL_CATEGORIES,
  economicCodeByName,
  functionalCategoryByName,
  nameKey,
  officialName,
  PERSONNEL_CLASSES,
  PUBLIC_CLASSES,
} from "../../src/engine/codes";

describe("functional categories", () => {
  it("lists the 26 类 of table 01", () => {
    expect(Object.keys(FUNCTIONAL_CATEGORIES)).toHaveLength(26);
    expect(FUNCTIONAL_CATEGORIES["210"]).toBe("卫生健康支出");
    expect(FUNCTIONAL_CATEGORIES["234"]).toBe("抗疫特别国债安排的支出");
  });

  it("finds a category by its name, with or without 支出", () => {
    expect(functionalCategoryByName("一般公共服务支出")).toBe("201");
    expect(functionalCategoryByName("社会保障和就业")).toBe("208");
    expect(functionalCategoryByName("住房 保障支出")).toBe("221");
    expect(functionalCategoryByName("行政运行")).toBeUndefined();
  });
});

describe("economic codes", () => {
  it("holds every 类 with its 款", () => {
    for (const code of [...PERSONNEL_CLASSES, ...PUBLIC_CLASSES]) expect(ECONOMIC_CODES[code]).toBeDefined();
    for (const code of Object.keys(ECONOMIC_CODES)) {
      expect(code).toMatch(/^3\d{2}(\d{2})?$/);
      if (code.length === 5) expect(ECONOMIC_CODES[code.slice(0, 3)]).toBeDefined();
    }
    expect(ECONOMIC_CODES["30110"]).toBe("职工基本医疗保险缴费");
  });

  it("finds a code by its name within the digits a cut code still shows", () => {
    expect(economicCodeByName("基本工资", "3010")).toBe("30101");
    expect(economicCodeByName("医疗费", "3011")).toBe("30114");
    expect(economicCodeByName("医疗费补助", "3030")).toBe("30307");
    expect(economicCodeByName("其他支出", "3999")).toBe("39999");
    expect(economicCodeByName("维修(护)费", "3021")).toBe("30213");
  });

  it("accepts a name cut short when it begins exactly one official name", () => {
    expect(economicCodeByName("机关事业单位基本养老保险", "3010")).toBe("30108");
    expect(economicCodeByName("对民间非营利组织和群众性自治组织", "3990")).toBe("39908");
  });

  it("gives nothing for a name that points nowhere or at two codes", () => {
    expect(economicCodeByName("其他资本性补助", "3120")).toBeUndefined();
    expect(economicCodeByName("其他支出")).toBeUndefined();
    expect(economicCodeByName("费", "30")).toBeUndefined();
  });
});

describe("names", () => {
  it("compares names without spaces, bracket widths or quotes", () => {
    expect(nameKey("维修（护）费")).toBe(nameKey("维修(护) 费"));
    expect(officialName("30212")).toBe("因公出国（境）费用");
    expect(officialName("201")).toBe("一般公共服务支出");
  });
});
