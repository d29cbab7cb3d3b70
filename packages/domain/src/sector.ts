/**
 * 领域 / 条线 — the sector catalogue: the line of work a department belongs to across all jurisdictions.
 * It is what lets 山西's "应急管理部门" be compared with 红旗区's "区应急管理局", or 山西's "卫健部门" with
 * 本溪's "市卫生健康委": different departments in different jurisdictions, one sector.
 *
 * Codes are stable English identifiers (stored in the database); names are the Chinese labels the UI shows.
 * Keywords are the name fragments that recognise a sector inside a department name, without place prefix and
 * without the institution suffix (局/委/部门…): 卫健, 卫生健康, 卫生和计划生育; 人社, 人力资源; 发改, 发展改革 …
 *
 * A merged department (区教体文旅局, 教育体育局) matches several sectors. The catalogue does not pick one: the
 * sectors are listed in the order the name gives them, and the first is the primary sector, because Chinese
 * department names put the leading function first (教体文旅局 → 教育, then 体育, 文化旅游).
 */

export interface Sector {
  code: string;
  /** The Chinese name shown in the UI. */
  name: string;
  /** Name fragments that recognise the sector. Longer keywords win over shorter ones at the same position. */
  keywords: readonly string[];
}

export const SECTORS = [
  {
    code: 'HEALTH',
    name: '卫生健康',
    keywords: [
      '卫生健康',
      '卫健',
      '卫生和计划生育',
      '卫生计生',
      '卫计',
      '卫生',
      '计划生育',
      '计生',
      '妇幼保健',
      '疾控',
      '疾病预防控制',
      '医院',
      '卫生院',
      '卫生监督',
      '人口监测',
    ],
  },
  { code: 'DEVELOPMENT_REFORM', name: '发展改革', keywords: ['发展改革', '发展和改革', '发改'] },
  { code: 'EDUCATION', name: '教育', keywords: ['教育', '教体', '教育体育', '教科体'] },
  { code: 'PUBLIC_SECURITY', name: '公安', keywords: ['公安', '交警'] },
  { code: 'CIVIL_AFFAIRS', name: '民政', keywords: ['民政'] },
  { code: 'FINANCE', name: '财政', keywords: ['财政'] },
  {
    code: 'HUMAN_RESOURCES_SOCIAL_SECURITY',
    name: '人力资源社会保障',
    keywords: ['人力资源社会保障', '人力资源和社会保障', '人力资源', '人社', '人力社保', '社会保障', '社保'],
  },
  {
    code: 'NATURAL_RESOURCES',
    name: '自然资源',
    keywords: ['自然资源', '自然资源和规划', '国土资源', '国土', '规划', '不动产登记'],
  },
  {
    code: 'HOUSING_URBAN_RURAL_DEVELOPMENT',
    name: '住房城乡建设',
    keywords: ['住房城乡建设', '住房和城乡建设', '住建', '城乡建设', '城建', '建设'],
  },
  { code: 'EMERGENCY_MANAGEMENT', name: '应急管理', keywords: ['应急管理', '应急'] },
  {
    code: 'FIRE_RESCUE',
    name: '消防救援',
    keywords: ['消防救援', '消防救援大队', '消防救援支队', '消防救援总队', '消防大队', '消防支队', '消防'],
  },
  { code: 'TAXATION', name: '税务', keywords: ['税务'] },
  {
    code: 'MARKET_REGULATION',
    name: '市场监管',
    keywords: ['市场监管', '市场监督管理', '工商', '食品药品监督管理', '食药监'],
  },
  {
    code: 'CULTURE_TOURISM',
    name: '文化旅游',
    keywords: [
      '文化旅游',
      '文化和旅游',
      '文旅',
      '文化广电和旅游',
      '文化广电旅游',
      '文广旅',
      '文广新',
      '文体旅',
      '文化',
      '旅游',
      '广电',
      '文广',
    ],
  },
  {
    code: 'URBAN_MANAGEMENT',
    name: '城市管理',
    keywords: ['城市管理', '城管', '城市管理综合执法', '综合行政执法', '综合执法'],
  },
  {
    code: 'INSTITUTIONAL_ESTABLISHMENT',
    name: '机构编制',
    keywords: ['机构编制', '编办', '委编办', '编委办', '编委'],
  },
  { code: 'AUDIT', name: '审计', keywords: ['审计'] },
  { code: 'COMMERCE', name: '商务', keywords: ['商务'] },
  { code: 'ECOLOGY_ENVIRONMENT', name: '生态环境', keywords: ['生态环境', '环保', '环境保护'] },
  { code: 'TRADE_UNION', name: '工会', keywords: ['工会', '总工会'] },
  { code: 'YOUTH_LEAGUE', name: '共青团', keywords: ['共青团', '团委'] },
  { code: 'WOMENS_FEDERATION', name: '妇联', keywords: ['妇联', '妇女联合会'] },
  {
    code: 'FAMILY_PLANNING_ASSOCIATION',
    name: '计生协会',
    keywords: ['计生协会', '计划生育协会', '计生协'],
  },
  { code: 'DISABLED_PERSONS_FEDERATION', name: '残联', keywords: ['残联', '残疾人联合会'] },
  { code: 'HEALTHCARE_SECURITY', name: '医疗保障', keywords: ['医疗保障', '医保'] },
  { code: 'JUSTICE', name: '司法', keywords: ['司法'] },
  { code: 'PUBLICITY', name: '宣传', keywords: ['宣传', '委宣传'] },
  { code: 'CYBERSPACE', name: '网信', keywords: ['网信', '委网信', '网络安全和信息化'] },
  { code: 'STATISTICS', name: '统计', keywords: ['统计'] },
  {
    code: 'INDUSTRY_INFORMATION_TECHNOLOGY',
    name: '工业和信息化',
    keywords: ['工业和信息化', '工业信息化', '工信', '经济和信息化', '经信'],
  },
  { code: 'AGRICULTURE_RURAL_AFFAIRS', name: '农业农村', keywords: ['农业农村', '农业', '农委'] },
  { code: 'TRANSPORT', name: '交通运输', keywords: ['交通运输', '交通'] },
  { code: 'WATER_RESOURCES', name: '水利', keywords: ['水利', '水务'] },
  { code: 'SCIENCE_TECHNOLOGY', name: '科技', keywords: ['科技', '科学技术'] },
  { code: 'SPORTS', name: '体育', keywords: ['体育', '教体', '教育体育', '文体旅', '教科体'] },
  { code: 'HOUSING_PROVIDENT_FUND', name: '住房公积金', keywords: ['住房公积金', '公积金'] },
  {
    code: 'LOCAL_FINANCIAL_AFFAIRS',
    name: '金融',
    keywords: ['金融', '金融工作', '金融办', '地方金融监督管理', '地方金融监管', '地方金融'],
  },
  {
    code: 'FINANCIAL_REGULATION',
    name: '金融监管',
    keywords: ['银保监', '银监', '保监', '金融监管', '金融监督管理', '人民银行', '人行'],
  },
  {
    code: 'GENERAL_OFFICE',
    name: '政府办',
    keywords: ['政府办', '政府办公室', '政府办公厅', '人民政府办公室', '人民政府办公厅'],
  },
  { code: 'RURAL_REVITALIZATION', name: '乡村振兴', keywords: ['乡村振兴', '扶贫'] },
  { code: 'VETERANS_AFFAIRS', name: '退役军人事务', keywords: ['退役军人事务', '退役军人'] },
  {
    code: 'DATA_GOVERNMENT_SERVICES',
    name: '数据和政务服务',
    keywords: ['政务服务', '政务服务和大数据', '大数据', '数据资源', '数据', '行政审批', '营商环境'],
  },
  { code: 'STATE_ASSETS', name: '国有资产', keywords: ['国资', '国有资产监督管理'] },
] as const satisfies readonly Sector[];

/** A code of the catalogue, e.g. `HEALTH`. (The stored type stays `SectorCode = string` so old codes still load.) */
export type KnownSectorCode = (typeof SECTORS)[number]['code'];

const byCode = new Map<string, Sector>(SECTORS.map((sector) => [sector.code, sector]));

export function sectorByCode(code: string): Sector | undefined {
  return byCode.get(code);
}

/** The Chinese name of a sector code, or the code itself when it is not in the catalogue. */
export function sectorName(code: string): string {
  return byCode.get(code)?.name ?? code;
}

/** keyword → the sectors it names, in catalogue order (教体 → EDUCATION, SPORTS). */
const keywordSectors = new Map<string, string[]>();
for (const sector of SECTORS) {
  for (const keyword of sector.keywords) {
    const list = keywordSectors.get(keyword) ?? [];
    if (!list.includes(sector.code)) list.push(sector.code);
    keywordSectors.set(keyword, list);
  }
}
const longestKeyword = Math.max(...[...keywordSectors.keys()].map((keyword) => keyword.length));

export interface SectorKeywordMatch {
  start: number;
  end: number;
  keyword: string;
  sectors: string[];
}

/** The longest sector keyword that starts at `position`, if any. */
export function sectorKeywordAt(text: string, position: number): SectorKeywordMatch | null {
  for (let length = Math.min(longestKeyword, text.length - position); length >= 2; length--) {
    const keyword = text.slice(position, position + length);
    const sectors = keywordSectors.get(keyword);
    if (sectors) return { start: position, end: position + length, keyword, sectors };
  }
  return null;
}

/** Words that contain a keyword but name no sector: 人民政府 is not 民政. Skipped whole while scanning. */
const NON_SECTOR_WORDS = ['人民政府', '人民'];

/** Every keyword in `text`, scanning left to right with the longest match at each position. */
export function findSectorKeywords(text: string): SectorKeywordMatch[] {
  const matches: SectorKeywordMatch[] = [];
  let position = 0;
  while (position < text.length) {
    const match = sectorKeywordAt(text, position);
    if (match) {
      matches.push(match);
      position = match.end;
      continue;
    }
    const skipped = NON_SECTOR_WORDS.find((word) => text.startsWith(word, position));
    position += skipped ? skipped.length : 1;
  }
  return matches;
}

/** The sectors named in `text`, in order of appearance, without duplicates. */
export function sectorsIn(text: string): string[] {
  const codes: string[] = [];
  for (const match of findSectorKeywords(text)) {
    for (const code of match.sectors) if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
