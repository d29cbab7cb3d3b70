/**
 * Responsibility clauses: the bracketed lists after a task that say who does it.
 *
 *   (责任单位:市自然资源局、市发展改革委等部门按照职责分工负责,各县区政府。列第一位为牵头单位,下同)
 *   〔责任单位:市卫健局、人社局、妇联、总工会,各乡镇人民政府、街道办事处〕
 *   (责任部门:区委编办、区民政局…)        (牵头单位:A;配合单位:B、C)        (A牵头,B、C配合)
 *
 * Any bracket pair counts ( （ 〔 【 [ ), and the colon may be full- or half-width. The sentence
 * "列第一位为牵头单位" (first listed leads) is the rule of the whole document; it is reported, not kept as a unit.
 * Offsets are kept exact so every unit has its span in the cleaned text.
 */
import { isCollective, isRecognized, normalizeName } from './names.js';

/** How a listed unit's role is decided: by its label, or by its place in the list. */
export type ListedRole = 'LEAD' | 'SUPPORT' | 'LISTED';

export interface ClauseUnit {
  /** The name as written, list leftovers removed (人社局, 各乡镇人民政府、街道办事处). */
  asWritten: string;
  start: number;
  end: number;
  role: ListedRole;
  collective: boolean;
}

export interface Clause {
  start: number;
  end: number;
  units: ClauseUnit[];
  /** The clause states "列第一位为牵头单位". */
  statesFirstLeads: boolean;
}

/**
 * Bracket families by character code: ( （ → 1, 〔 → 2, 【 → 3, [ ［ → 4; closing brackets negative; 0 for any
 * other character. A switch on the code, because looking single characters up as object keys was the costliest
 * step of reading clauses.
 */
function bracketFamily(code: number): number {
  switch (code) {
    case 0x28: // (
    case 0xff08: // （
      return 1;
    case 0x3014: // 〔
      return 2;
    case 0x3010: // 【
      return 3;
    case 0x5b: // [
    case 0xff3b: // ［
      return 4;
    case 0x29: // )
    case 0xff09: // ）
      return -1;
    case 0x3015: // 〕
      return -2;
    case 0x3011: // 】
      return -3;
    case 0x5d: // ]
    case 0xff3d: // ］
      return -4;
    default:
      return 0;
  }
}
const MAX_CLAUSE = 600;

const LABEL =
  /^\s*(责任单位|责任部门|责任主体|实施单位|落实单位|牵头单位|牵头部门|主办单位|配合单位|配合部门|参与单位|协办单位|协助单位|参加单位)\s*[:：]/u;
/** "列第一位为牵头单位" and its variants, with a trailing "下同". */
const FIRST_LEADS_RULE =
  /(列|排)?(在)?(第一位|第一个|首位|排名第一)(的)?(单位|部门)?(为|是)牵头(单位|部门)?([,，;；]?\s*下同)?/u;
const SEE_ABOVE = /[,，;；]?\s*下同/u;

function roleOfLabel(label: string): ListedRole {
  if (/^(牵头|主办)/u.test(label)) return 'LEAD';
  if (/^(配合|参与|协办|协助|参加)/u.test(label)) return 'SUPPORT';
  return 'LISTED';
}

/** Outermost bracket pairs of a text: [open index, close index]. Unbalanced brackets are skipped. */
function bracketPairs(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  // The open brackets: family and index of each.
  const families: number[] = [];
  const indexes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) {
      families.length = 0;
      indexes.length = 0;
      continue;
    }
    const family = bracketFamily(code);
    if (family === 0) continue;
    if (family > 0) {
      if (families.length < 64) {
        families.push(family);
        indexes.push(index);
      }
      continue;
    }
    const closes = -family;
    if (families[families.length - 1] !== closes) {
      // A stray closing bracket: forget brackets opened after an unmatched one of this family.
      const match = families.lastIndexOf(closes);
      if (match < 0) continue;
      families.length = match + 1;
      indexes.length = match + 1;
    }
    families.pop();
    const open = indexes.pop();
    if (open !== undefined && families.length === 0 && index - open <= MAX_CLAUSE) pairs.push([open, index]);
  }
  return pairs;
}

/** Blanks out a match while keeping every offset. */
function mask(text: string, pattern: RegExp): { text: string; found: boolean } {
  const match = pattern.exec(text);
  if (!match) return { text, found: false };
  return {
    text:
      text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length),
    found: true,
  };
}

/** Splits `text` (absolute offset `base`) at any of `separators`, keeping offsets. */
function splitKeep(text: string, base: number, separators: RegExp): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let from = 0;
  for (const match of text.matchAll(separators)) {
    parts.push({ text: text.slice(from, match.index), start: base + from });
    from = match.index + match[0].length;
  }
  parts.push({ text: text.slice(from), start: base + from });
  return parts;
}

function trimmed(part: { text: string; start: number }): { text: string; start: number; end: number } {
  const leading = part.text.length - part.text.trimStart().length;
  const text = part.text.trim();
  return { text, start: part.start + leading, end: part.start + leading + text.length };
}

/** The list items of a unit list, with collective governments (各乡镇人民政府、街道办事处) kept together. */
function listItems(text: string, base: number, role: ListedRole): ClauseUnit[] {
  const items: ClauseUnit[] = [];
  for (const part of splitKeep(text, base, /[、,，]/gu)) {
    const { text: raw, start, end } = trimmed(part);
    const asWritten = normalizeName(raw);
    if (asWritten.length === 0) continue;
    const at = raw.indexOf(asWritten);
    const span = at >= 0 ? { start: start + at, end: start + at + asWritten.length } : { start, end };
    const previous = items[items.length - 1];
    const local = /^(乡镇|街道|镇|乡|社区|村)?(人民政府|政府|办事处|街道办事处|街道|乡镇|镇|乡)$/u.test(
      asWritten,
    );
    if (previous?.collective && local) {
      previous.asWritten = `${previous.asWritten}、${asWritten}`;
      previous.end = span.end;
      continue;
    }
    items.push({ asWritten, ...span, role, collective: isCollective(asWritten) });
  }
  return items;
}

/** Reads the inside of a clause (absolute offset `base`). */
function readClauseContent(
  content: string,
  base: number,
): { units: ClauseUnit[]; statesFirstLeads: boolean } {
  const rule = mask(content, FIRST_LEADS_RULE);
  const body = rule.found ? rule.text : mask(content, SEE_ABOVE).text;
  const units: ClauseUnit[] = [];
  let role: ListedRole = 'LISTED';
  for (const segment of splitKeep(body, base, /[；;。]/gu)) {
    let text = segment.text;
    let start = segment.start;
    const label = LABEL.exec(text);
    if (label) {
      role = roleOfLabel(label[1] ?? '');
      start += label[0].length;
      text = text.slice(label[0].length);
    }
    const lead = /牵头/u.exec(text);
    if (lead && !label) {
      units.push(...listItems(text.slice(0, lead.index), start, 'LEAD'));
      const rest = text
        .slice(lead.index + 2)
        .replace(/(配合|参与|协助|协办|共同负责|负责)\s*$/u, (word) => ' '.repeat(word.length));
      units.push(...listItems(rest, start + lead.index + 2, 'SUPPORT'));
      continue;
    }
    units.push(...listItems(text, start, role));
  }
  return { units, statesFirstLeads: rule.found };
}

/** True for bracketed text of the form "(A牵头,B、C配合)": the part before 牵头 is a list of unit names. */
function isLeadSupportForm(content: string): boolean {
  // 牵头 closes the list of leads: the bracket ends there or the supporting units follow (不是"由…牵头研究").
  const lead = /^([^。]{2,120}?)牵头(?=$|[,，;；、])/u.exec(content.trim());
  if (!lead?.[1] || /[。]/u.test(content) || /^(由|请|经)/u.test(lead[1])) return false;
  const names = lead[1].split(/[、,，]/u).map((name) => normalizeName(name));
  return names.length > 0 && names.every((name) => name.length >= 2 && isRecognized(name));
}

/** Every responsibility clause in `text`; offsets are absolute (`base` is where `text` starts). */
export function findClauses(text: string, base = 0): Clause[] {
  const clauses: Clause[] = [];
  for (const [open, close] of bracketPairs(text)) {
    const content = text.slice(open + 1, close);
    if (!LABEL.test(content) && !isLeadSupportForm(content)) continue;
    const { units, statesFirstLeads } = readClauseContent(content, base + open + 1);
    clauses.push({ start: base + open, end: base + close + 1, units, statesFirstLeads });
  }
  return clauses;
}

/** Every statement of the rule names the first place in one of these words: a quick test before the pattern. */
const FIRST_PLACE_WORDS = ['第一位', '第一个', '首位', '排名第一'];

/** True when the text anywhere states that the first listed unit leads. */
export function statesFirstListedLeads(text: string): boolean {
  return FIRST_PLACE_WORDS.some((word) => text.includes(word)) && FIRST_LEADS_RULE.test(text);
}
