// The code lists of domain.md §2: the 26 支出功能分类 类 of tables 01 and 04, and the 支出经济分类 类/款 of
// table 06. Recognisers use them to read a category from its name ("一、一般公共服务支出" → 201) and to mend
// 06 codes cut short by a PDF export ("3010" 基本工资 → 30101); rules use them to spot a name typed under the
// wrong code.
import { memoizeText } from "./memo";

/** 支出功能分类 类 codes and their official names. */
export const FUNCTIONAL_CATEGORIES: Readonly<Record<string, string>> = {
  "201": "一般公共服务支出",
  "202": "外交支出",
  "203": "国防支出",
  "204": "公共安全支出",
  "205": "教育支出",
  "206": "科学技术支出",
  "207": "文化旅游体育与传媒支出",
  "208": "社会保障和就业支出",
  "210": "卫生健康支出",
  "211": "节能环保支出",
  "212": "城乡社区支出",
  "213": "农林水支出",
  "214": "交通运输支出",
  "215": "资源勘探工业信息等支出",
  "216": "商业服务业等支出",
  "217": "金融支出",
  "219": "援助其他地区支出",
  "220": "自然资源海洋气象等支出",
  "221": "住房保障支出",
  "222": "粮油物资储备支出",
  "223": "国有资本经营预算支出",
  "224": "灾害防治及应急管理支出",
  "229": "其他支出",
  "231": "债务还本支出",
  "232": "债务付息支出",
  "234": "抗疫特别国债安排的支出",
};

/** 支出经济分类 codes (类 3 digits, 款 5 digits) and their official names. */
export const ECONOMIC_CODES: Readonly<Record<string, string>> = {
  "301": "工资福利支出",
  "30101": "基本工资",
  "30102": "津贴补贴",
  "30103": "奖金",
  "30106": "伙食补助费",
  "30107": "绩效工资",
  "30108": "机关事业单位基本养老保险缴费",
  "30109": "职业年金缴费",
  "30110": "职工基本医疗保险缴费",
  "30111": "公务员医疗补助缴费",
  "30112": "其他社会保障缴费",
  "30113": "住房公积金",
  "30114": "医疗费",
  "30199": "其他工资福利支出",
  "302": "商品和服务支出",
  "30201": "办公费",
  "30202": "印刷费",
  "30203": "咨询费",
  "30204": "手续费",
  "30205": "水费",
  "30206": "电费",
  "30207": "邮电费",
  "30208": "取暖费",
  "30209": "物业管理费",
  "30211": "差旅费",
  "30212": "因公出国（境）费用",
  "30213": "维修（护）费",
  "30214": "租赁费",
  "30215": "会议费",
  "30216": "培训费",
  "30217": "公务接待费",
  "30218": "专用材料费",
  "30224": "被装购置费",
  "30225": "专用燃料费",
  "30226": "劳务费",
  "30227": "委托业务费",
  "30228": "工会经费",
  "30229": "福利费",
  "30231": "公务用车运行维护费",
  "30239": "其他交通费用",
  "30240": "税金及附加费用",
  "30299": "其他商品和服务支出",
  "303": "对个人和家庭的补助",
  "30301": "离休费",
  "30302": "退休费",
  "30303": "退职（役）费",
  "30304": "抚恤金",
  "30305": "生活补助",
  "30306": "救济费",
  "30307": "医疗费补助",
  "30308": "助学金",
  "30309": "奖励金",
  "30310": "个人农业生产补贴",
  "30311": "代缴社会保险费",
  "30399": "其他对个人和家庭的补助",
  "307": "债务利息及费用支出",
  "30701": "国内债务付息",
  "30702": "国外债务付息",
  "310": "资本性支出",
  "31001": "房屋建筑物购建",
  "31002": "办公设备购置",
  "31003": "专用设备购置",
  "31005": "基础设施建设",
  "31006": "大型修缮",
  "31007": "信息网络及软件购置更新",
  "31008": "物资储备",
  "31009": "土地补偿",
  "31010": "安置补助",
  "31011": "地上附着物和青苗补偿",
  "31012": "拆迁补偿",
  "31013": "公务用车购置",
  "31019": "其他交通工具购置",
  "31021": "文物和陈列品购置",
  "31022": "无形资产购置",
  "31099": "其他资本性支出",
  "312": "对企业补助",
  "31201": "资本金注入",
  "31203": "政府投资基金股权投资",
  "31204": "费用补贴",
  "31205": "利息补贴",
  "31299": "其他对企业补助",
  "399": "其他支出",
  "39907": "国家赔偿费用支出",
  "39908": "对民间非营利组织和群众性自治组织补贴",
  "39909": "经常性赠与",
  "39910": "资本性赠与",
  "39999": "其他支出",
};

/** 人员经费 = these economic 类; 公用经费 = the others (domain.md §2). */
export const PERSONNEL_CLASSES = ["301", "303"] as const;
export const PUBLIC_CLASSES = ["302", "307", "310", "312", "399"] as const;

/**
 * A name reduced for comparison: no whitespace, full-width brackets and colons made ASCII, no quotes.
 * "维修（护）费" and "维修(护)费" compare equal.
 */
export const nameKey = memoizeText((name: string): string =>
  name
    .replace(/[\s\u00A0\u3000\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/：/g, ":")
    .replace(/[“”"‘’'「」『』]/g, "")
);

function indexByName(codes: Readonly<Record<string, string>>, filter: (code: string) => boolean): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const [code, name] of Object.entries(codes)) {
    if (!filter(code)) continue;
    const key = nameKey(name);
    index.set(key, [...(index.get(key) ?? []), code]);
  }
  return index;
}

const CATEGORY_BY_NAME = indexByName(FUNCTIONAL_CATEGORIES, () => true);

/** The 类 code of a functional category name ("一般公共服务支出" or the short "一般公共服务"); undefined when unknown. */
export function functionalCategoryByName(name: string): string | undefined {
  const key = nameKey(name);
  const codes = CATEGORY_BY_NAME.get(key) ?? CATEGORY_BY_NAME.get(`${key}支出`);
  return codes?.[0];
}

/**
 * The economic code a name stands for. `prefix` narrows the search to codes that start with it (the digits a
 * cut-short code still shows). A name cut short by the export ("机关事业单位基本养老保险") matches the one
 * official name it begins; a name that matches nothing, or more than one code, gives undefined.
 */
export function economicCodeByName(name: string, prefix = ""): string | undefined {
  const key = nameKey(name);
  if (!key) return undefined;
  const candidates = Object.entries(ECONOMIC_CODES).filter(([code]) => code.startsWith(prefix));
  const exact = candidates.filter(([, official]) => nameKey(official) === key);
  // "其他支出" names both 类 399 and 款 39999: only the prefix can tell them apart.
  if (exact.length > 0) return exact.length === 1 ? exact[0][0] : undefined;
  const truncated = candidates.filter(([, official]) => nameKey(official).startsWith(key) && key.length >= 2);
  return truncated.length === 1 ? truncated[0][0] : undefined;
}

/** The official name of a functional 类 or economic code, when the lists know it. */
export function officialName(code: string): string | undefined {
  return code.startsWith("2") ? FUNCTIONAL_CATEGORIES[code] : ECONOMIC_CODES[code];
}
