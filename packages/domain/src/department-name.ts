/**
 * Department names as real documents write them, and when two names are one department.
 *
 * A plan writes one department many ways: 市卫健局, 卫健局 (the place prefix dropped after the first name of a
 * list), 市卫生健康委 (its full name), 卫生健康部门 (the kind of department). Within one jurisdiction these are
 * one department; across jurisdictions they are different departments of one sector (see sector.ts).
 *
 * `departmentKey` turns a name into a key under which such variants are equal:
 *   - the place part: an explicit single-character prefix (市/区/县/省…), a named place (新乡市), or none. Given the
 *     jurisdiction (its level or its own prefix), "none" and "our own prefix" are the same place;
 *   - the core: when the core is made only of sector keywords and an institution suffix (局/委/委员会/部门/厅/办…),
 *     it becomes the sector codes (人社局 = 人力资源社会保障局 = 人力资源和社会保障局 = HUMAN_RESOURCES_SOCIAL_SECURITY);
 *     otherwise (市公安局红旗分局, 城投集团, 区妇幼保健计划生育服务中心) the core itself, so branches and public
 *     institutions never merge with the department of their sector.
 */
import type { InstitutionKind, JurisdictionLevel } from './model.js';
import { sectorKeywordAt, sectorsIn } from './sector.js';

/** Single-character place prefixes, as in 市卫健局, 区民政局, 县财政局, 省教育厅. */
export const PLACE_PREFIXES = ['省', '市', '区', '县', '州', '镇', '乡', '旗', '盟'] as const;

/** The prefixes that mean "this jurisdiction" at each level (a county-level city writes 市). */
export const LEVEL_PREFIXES: Record<JurisdictionLevel, readonly string[]> = {
  PROVINCE: ['省'],
  CITY: ['市', '州', '盟'],
  COUNTY: ['区', '县', '市', '旗'],
  TOWNSHIP: ['镇', '乡'],
};

/** Words that start with a place character but are no place prefix (市场监管局 is not 市 + 场监管局). */
const NOT_A_PREFIX =
  /^(市场|市级|市直|市属|区域|区级|区属|县域|县级|县属|省级|省属|省直|乡镇|乡村|镇级|镇村)/;
/** Place-name endings, longest first. */
const PLACE_SUFFIXES = [
  '自治区',
  '自治州',
  '自治县',
  '地区',
  '街道',
  '省',
  '市',
  '区',
  '县',
  '州',
  '盟',
  '旗',
  '镇',
  '乡',
];
/** What a department core can begin with besides a sector keyword (named-place detection needs it). */
const CORE_START = /^(人民政府|政府|人大|政协|党委|委|团|法院|检察院|纪委|监委|机关|直属|有关|相关)/;
/** Institution suffixes that do not change which department is meant (卫健局 = 卫健委 = 卫健部门). */
const COLLAPSIBLE_SUFFIXES = ['委员会', '办公室', '部门', '组织', '局', '委', '厅', '办', '部', '署'];
const CONNECTORS = new Set(['和', '与', '及', '、']);
const ONLY_CJK = /^[\u3400-\u9fff]+$/u;
/** Longer names than this are not department names; the costlier rules skip them. */
const MAX_NAME_LENGTH = 40;

const TRAILING_NOISE =
  /(等(相关|有关)?(部门|单位)?)?(按照?(各自)?职责(分工)?(负责)?|分别负责|共同负责|负责)$/u;
const TRAILING_ETC = /等(相关|有关)?(部门|单位|机构)?$/u;
/** A name wholly inside one pair of brackets: (市卫健局). */
const ENCLOSING_BRACKETS = /^[([〔【]([^()[\]〔〕【】]*)[)\]〕】]$/u;
const EDGE_PUNCTUATION_START = /^[、,;:.。!?，；：！？\-—·]+/u;
const EDGE_PUNCTUATION_END = /[、,;:.。!?，；：！？\-—·]+$/u;

/**
 * The name as a key-friendly string: NFKC (full-width letters, digits and brackets to half-width), no spaces,
 * without list leftovers ("等部门按照职责分工负责", "等单位", trailing punctuation). Idempotent; never throws.
 */
export function normalizeDepartmentName(raw: string): string {
  // Callers in plain JavaScript may pass anything; the contract is "never throws".
  const given: unknown = raw;
  let name = (typeof given === 'string' ? given : '').normalize('NFKC').replace(/\s+/gu, '');
  for (let round = 0; round < 8; round++) {
    const before = name;
    name = name
      .replace(EDGE_PUNCTUATION_START, '')
      .replace(EDGE_PUNCTUATION_END, '')
      .replace(TRAILING_NOISE, '')
      .replace(TRAILING_ETC, '')
      .replace(ENCLOSING_BRACKETS, '$1')
      .normalize('NFKC')
      .replace(/\s+/gu, '');
    if (name === before) break;
  }
  return name;
}

function startsWithSectorKeyword(text: string): boolean {
  return sectorKeywordAt(text, 0) !== null;
}

function isCoreStart(text: string): boolean {
  return text.length > 0 && (startsWithSectorKeyword(text) || CORE_START.test(text));
}

/** End index of a chain of place names at the start of `name` (新乡市红旗区), or 0. */
function namedPlaceEnd(name: string, from: number, depth: number): number {
  for (let end = Math.min(from + 9, name.length - 1); end >= from + 2; end--) {
    const token = name.slice(from, end);
    if (!ONLY_CJK.test(token)) continue;
    const suffix = PLACE_SUFFIXES.find((candidate) => token.endsWith(candidate));
    if (!suffix || token.length <= suffix.length) continue;
    // 乡镇, 县区, 各县: words of place kinds, not place names.
    if (/^[省市区县州镇乡旗盟各]+$/u.test(token.slice(0, -suffix.length))) continue;
    const rest = name.slice(end);
    if (isCoreStart(rest)) return end;
    if (depth < 3) {
      const further = namedPlaceEnd(name, end, depth + 1);
      if (further > 0) return further;
    }
  }
  return 0;
}

export interface PlacePrefix {
  /** 市 / 区 / 县 / 省 / 州 / 镇 / 乡 / 旗, a named place (新乡市, 新乡市红旗区), or null. */
  place: string | null;
  /** The rest of the name: 卫健局, 公安局红旗分局, 人民政府办公室. */
  core: string;
}

/** Splits the place part off a department name: 市卫健局 → 市 + 卫健局; 团区委 → 区 + 团委; 市场监管局 → none. */
export function splitPlacePrefix(name: string): PlacePrefix {
  const youthLeague = /^团(省|市|区|县|州|镇|乡|旗)委$/u.exec(name);
  if (youthLeague) return { place: youthLeague[1] ?? null, core: '团委' };
  if (name.length < 2 || startsWithSectorKeyword(name)) return { place: null, core: name };
  if (name.length <= MAX_NAME_LENGTH) {
    const end = namedPlaceEnd(name, 0, 0);
    if (end > 0) return { place: name.slice(0, end), core: name.slice(end) };
  }
  const first = name.charAt(0);
  if ((PLACE_PREFIXES as readonly string[]).includes(first) && !NOT_A_PREFIX.test(name)) {
    return { place: first, core: name.slice(1) };
  }
  return { place: null, core: name };
}

/** The inverse of splitPlacePrefix: 卫健局 + 市 → 市卫健局; 团委 + 市 → 团市委. */
export function withPlacePrefix(core: string, place: string | null): string {
  if (!place) return core;
  if (core === '团委') return `团${place}委`;
  return place + core;
}

/** The usual prefix of a level: 省 / 市 / 区 / 镇. (A county writes 县 and a county-level city 市: pass the prefix.) */
export function placePrefixOf(level: JurisdictionLevel): string {
  return LEVEL_PREFIXES[level][0] ?? '';
}

/** 各县区政府, 各乡镇人民政府、街道办事处, 各镇、办事处: lower governments as a group (role LOCAL). */
export function isCollectiveLocalGovernment(name: string): boolean {
  const normalized = normalizeDepartmentName(name);
  if (normalized.length === 0 || normalized.length > MAX_NAME_LENGTH) return false;
  if (normalized.startsWith('各')) {
    const rest = normalized.slice(1);
    return (
      /(县|区|市|乡|镇|旗|街道|办事处|政府)/u.test(rest) &&
      !/(部门|单位|局|委|机构|学校|企业|组织)/u.test(rest)
    );
  }
  return /^(乡镇|街道|镇|乡|社区|村)(人民政府|政府|办事处)?([、,和及](乡镇|街道|镇|乡|社区|村)?(人民政府|政府|办事处)?)*$/u.test(
    normalized,
  );
}

/** What kind of institution a name denotes, from its ending (no catalogue of real names). */
export function institutionKindOf(name: string): InstitutionKind {
  const normalized = normalizeDepartmentName(name);
  if (isCollectiveLocalGovernment(normalized)) return 'GOVERNMENT';
  const { core } = splitPlacePrefix(normalized);
  if (/(人民政府|政府|办事处|管委会|管理委员会)$/u.test(core)) return 'GOVERNMENT';
  if (/(集团|公司|企业)/u.test(core)) return 'ENTERPRISE';
  if (/^委|(委编办|编委办|宣传部|组织部|统战部|政法委|网信办|纪委|监委|党委)$/u.test(core))
    return 'PARTY_ORGAN';
  if (/(工会|妇联|团委|共青团|协会|联合会|科协|工商联|红十字会|残联)/u.test(core)) return 'MASS_ORGANIZATION';
  if (/(中心|医院|卫生院|保健院|院|所|站|学校|学院|大学|幼儿园|馆)$/u.test(core)) return 'PUBLIC_INSTITUTION';
  return 'DEPARTMENT';
}

function coveringSectors(text: string): string[] | null {
  const codes: string[] = [];
  let position = 0;
  while (position < text.length) {
    const char = text.charAt(position);
    if (position > 0 && CONNECTORS.has(char)) {
      position++;
      continue;
    }
    const match = sectorKeywordAt(text, position);
    if (!match) return null;
    for (const code of match.sectors) if (!codes.includes(code)) codes.push(code);
    position = match.end;
  }
  return codes.length > 0 ? codes : null;
}

function stripCollapsibleSuffix(core: string): string {
  const suffix = COLLAPSIBLE_SUFFIXES.find(
    (candidate) => core.endsWith(candidate) && core.length > candidate.length,
  );
  return suffix ? core.slice(0, -suffix.length) : core;
}

/** The core as the key sees it: sector codes for plain departments, the core itself for everything else. */
function canonicalCore(core: string): string {
  const kind = institutionKindOf(core);
  if (kind === 'DEPARTMENT' || kind === 'MASS_ORGANIZATION' || kind === 'PARTY_ORGAN') {
    const sectors = coveringSectors(core) ?? coveringSectors(stripCollapsibleSuffix(core));
    if (sectors) return sectors.join('+');
  }
  return core;
}

/**
 * Whose department a key is relative to: a level (CITY: 市 and 州 mean "ours"), or the jurisdiction's own prefix
 * and name (红旗区 writes 区; 新乡市红旗区 and 红旗区 are "ours" too).
 */
export type DepartmentContext =
  JurisdictionLevel | { prefix?: string | null; name?: string | null; level?: JurisdictionLevel | null };

function isOwnPlace(place: string | null, context: DepartmentContext | undefined): boolean {
  if (context === undefined) return false;
  if (place === null) return true;
  if (typeof context === 'string') return LEVEL_PREFIXES[context].includes(place);
  if (context.prefix && place === context.prefix) return true;
  if (
    context.name &&
    (place === context.name || place.endsWith(context.name) || context.name.endsWith(place)) &&
    place.length > 1
  ) {
    return true;
  }
  if (!context.prefix && context.level) return LEVEL_PREFIXES[context.level].includes(place);
  return false;
}

/**
 * A key under which two names of one department are equal: in a city plan 市卫健局, 卫健局, 市卫生健康委 and
 * 卫生健康部门 share `@:HEALTH`. Without a context, an unprefixed name is its own place (卫健局 ≠ 市卫健局).
 */
export function departmentKey(name: string, context?: DepartmentContext): string {
  const normalized = normalizeDepartmentName(name);
  if (isCollectiveLocalGovernment(normalized)) return `LOCAL:${normalized.replace(/[,，]/gu, '、')}`;
  const { place, core } = splitPlacePrefix(normalized);
  const placeKey = isOwnPlace(place, context) ? '@' : (place ?? '');
  return `${placeKey}:${canonicalCore(core)}`;
}

/** True when the two names denote one department (in the given jurisdiction). */
export function sameDepartment(a: string, b: string, context?: DepartmentContext): boolean {
  return departmentKey(a, context) === departmentKey(b, context);
}

/** Every sector a name belongs to, primary first (区教体文旅局 → EDUCATION, SPORTS, CULTURE_TOURISM). */
export function sectorsOf(name: string): string[] {
  const normalized = normalizeDepartmentName(name);
  if (normalized.length > MAX_NAME_LENGTH || isCollectiveLocalGovernment(normalized)) return [];
  return sectorsIn(splitPlacePrefix(normalized).core);
}

/** The primary sector of a department name, or null (城投集团, 各县区政府). */
export function sectorOf(name: string): string | null {
  return sectorsOf(name)[0] ?? null;
}

/** True when some rule recognised the name: a sector keyword, a collective government, or a telling suffix. */
export function isRecognizedDepartmentName(name: string): boolean {
  const normalized = normalizeDepartmentName(name);
  if (normalized.length < 2 || normalized.length > MAX_NAME_LENGTH) return false;
  if (isCollectiveLocalGovernment(normalized) || sectorsOf(normalized).length > 0) return true;
  return institutionKindOf(normalized) !== 'DEPARTMENT';
}
