/**
 * What the document is: title, 文号, issuer, date, status, validity, the documents it cites, its jurisdiction,
 * and where its plan body lies.
 *
 * A cover notice (关于印发…的通知, a public-comment 公告) wraps the plan: the document is the plan, titled as the
 * cover names it (《红旗区促进…实施方案》), and its body starts at its own title line. The body ends where an
 * annex begins (附件, a duty division, or the text that sets up a joint meeting): numbered items there are duties
 * and rules of the meeting, not tasks.
 */
import type { JurisdictionLevel } from '@lianxi/domain';
import { splitPlacePrefix } from '@lianxi/domain';
import type { ParsedDocument, ParsedJurisdiction } from './types.js';
import { comparable, DATE_LINE, type Line, parseChineseDate } from './text.js';

const BRACKET_OPEN = '〔\\[［(（【﹝';
const BRACKET_CLOSE = '〕\\]］)）】﹞';
/**
 * 晋政办发〔2020〕24号 and its spellings with other brackets. The scan looks for the bracketed year and number
 * first and then takes the issuer's characters before it, so long texts are read once.
 */
const DOC_NUMBER = new RegExp(
  `[${BRACKET_OPEN}]\\s*((?:19|20)\\d{2})\\s*[${BRACKET_CLOSE}]\\s*(\\d{1,4})\\s*号`,
  'gu',
);
const ISSUER_BEFORE = /(\p{Script=Han}{1,12})\s*$/u;
/** Words that may stand right before a 文号 and are not part of it (根据国办发〔2019〕15号). */
const BEFORE_DOC_NUMBER = /^.*(根据|按照|依据|贯彻|落实|执行|印发|转发|和|及|与|见|照)/u;

function normalizeDocNumber(prefix: string, year: string, number: string): string | null {
  const issuer = prefix.replace(BEFORE_DOC_NUMBER, '');
  if (issuer.length === 0) return null;
  return `${issuer}〔${year}〕${Number(number)}号`;
}

/** An announcement number in brackets after its title: 《…的公告》(2019年第76号). */
const ANNOUNCEMENT_NUMBER = new RegExp(
  `[${BRACKET_OPEN}]\\s*((?:19|20)\\d{2})\\s*年\\s*第\\s*(\\d{1,4})\\s*号\\s*[${BRACKET_CLOSE}]`,
  'gu',
);

export function findDocNumbers(text: string): { value: string; start: number; end: number }[] {
  const found: { value: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(DOC_NUMBER)) {
    const issuer = ISSUER_BEFORE.exec(text.slice(Math.max(0, match.index - 14), match.index));
    if (!issuer?.[1]) continue;
    const value = normalizeDocNumber(issuer[1], match[1] ?? '', match[2] ?? '');
    const start = match.index - issuer[0].length;
    if (value) found.push({ value, start, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(ANNOUNCEMENT_NUMBER)) {
    found.push({
      value: `${match[1]}年第${Number(match[2])}号`,
      start: match.index + 1,
      end: match.index + match[0].length - 1,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

const TITLE_ENDING =
  /(意见|方案|通知|规划|办法|决定|公告|细则|规定|纲要|计划|报告|函|批复|通报|要点|措施)([(（][^)）]{0,8}稿[)）])?$/u;
const DRAFT = /(征求意见稿|草案|送审稿|讨论稿|草稿)/u;
const DRAFT_SUFFIX = /[(（]\s*(征求意见稿|草案|送审稿|讨论稿|草稿)\s*[)）]\s*$/u;
const ORGANISATION_ENDING = /(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|委|局|厅|部|办)$/u;
const COVER_PARAGRAPH =
  /(印发给你们|现印发|现予印发|公开征求.{0,40}意见|请认真(贯彻|遵照)?执行|请结合实际.{0,12}(执行|实施))/u;
const ANNEX_START = /^附\s*件\s*\d*\s*[:：]?/u;
const JOINT_MEETING_START = /(决定建立|关于建立).{0,40}联席会议制度/u;

export interface DocumentLayout {
  /** First line of the plan body (after a cover notice and the plan's title). */
  bodyStart: number;
  /** First line after the plan body (an annex, a joint-meeting text, or the end). */
  bodyEnd: number;
}

export interface DocumentReading {
  document: ParsedDocument;
  jurisdiction: ParsedJurisdiction | null;
  layout: DocumentLayout;
}

function nonEmpty(lines: Line[], from: number): number {
  for (let index = from; index < lines.length; index++)
    if ((lines[index]?.text ?? '').length > 0) return index;
  return -1;
}

/** The title block that starts at `from`: up to four lines joined until one ends like a title. */
function titleBlock(lines: Line[], from: number): { title: string; end: number } | null {
  const first = lines[from];
  if (!first || first.text.length === 0) return null;
  let title = '';
  for (let index = from; index < Math.min(lines.length, from + 4); index++) {
    const text = lines[index]?.text ?? '';
    if (text.length === 0 || /[。；;，,：:]$/u.test(text) || text.length > 80) break;
    title += text;
    if (TITLE_ENDING.test(title)) return { title, end: index + 1 };
  }
  return null;
}

function isDocNumberLine(text: string): boolean {
  const found = findDocNumbers(text);
  return found.length === 1 && comparable(text).length <= comparable(found[0]?.value ?? '').length + 2;
}

/** Finds the plan's own title after the cover: one to three lines whose joined text is the title. */
function findTitleLines(lines: Line[], from: number, title: string): { start: number; end: number } | null {
  const wanted = comparable(title).replace(DRAFT_SUFFIX, '');
  if (wanted.length < 4) return null;
  for (let index = from; index < lines.length; index++) {
    let joined = '';
    for (let end = index; end < Math.min(lines.length, index + 3); end++) {
      const text = lines[end]?.text ?? '';
      if (text.length === 0) break;
      joined += comparable(text);
      const bare = joined.replace(DRAFT_SUFFIX, '');
      if (bare === wanted) {
        // Take a following draft marker line such as "(征求意见稿)" with it.
        const next = lines[end + 1]?.text ?? '';
        return { start: index, end: DRAFT_SUFFIX.test(next) && next.length <= 10 ? end + 2 : end + 1 };
      }
      if (!wanted.startsWith(bare)) break;
    }
  }
  return null;
}

function embeddedTitle(text: string): string | null {
  const quoted = /《([^《》]{4,80})》/u.exec(text);
  if (quoted?.[1]) return quoted[1];
  const printed = /印发(.{4,80}?)的通知/u.exec(text);
  return printed?.[1] ?? null;
}

/** Place-name endings with their rank (0 province … 3 township), longest first. */
const PLACE_ENDINGS: [string, number][] = [
  ['自治区', 0],
  ['自治州', 1],
  ['自治县', 2],
  ['地区', 1],
  ['街道', 3],
  ['省', 0],
  ['市', 1],
  ['州', 1],
  ['盟', 1],
  ['区', 2],
  ['县', 2],
  ['旗', 2],
  ['镇', 3],
  ['乡', 3],
];

/**
 * A chain of places split into its parts, each at least as low as the one before: 新乡市红旗区 → [新乡市, 红旗区]
 * (not 新乡 + 市红旗区: a township cannot hold a district). Null when the text is no such chain.
 */
function splitPlaceChain(text: string, from = 0, rank = 0, depth = 0): string[] | null {
  if (from === text.length) return [];
  if (depth > 4) return null;
  for (let end = from + 2; end <= Math.min(text.length, from + 10); end++) {
    const token = text.slice(from, end);
    const ending = PLACE_ENDINGS.find(([suffix]) => token.endsWith(suffix) && token.length > suffix.length);
    if (!ending || ending[1] < rank) continue;
    const rest = splitPlaceChain(text, end, ending[1], depth + 1);
    if (rest) return [token, ...rest];
  }
  return null;
}

/** The place part of an organisation name: 新乡市红旗区人民政府办公室 → [新乡市, 红旗区]. */
export function placesOf(name: string): string[] {
  const { place } = splitPlacePrefix(name);
  if (!place || place.length < 2) return [];
  return splitPlaceChain(place) ?? [place];
}

/** A bare place chain as given on the command line: 新乡市红旗区 → [新乡市, 红旗区]. */
function placeChain(source: string): string[] {
  const compact = comparable(source);
  return /^\p{Script=Han}+$/u.test(compact) ? (splitPlaceChain(compact) ?? []) : [];
}

function levelOfPlace(place: string): JurisdictionLevel {
  if (/(省|自治区)$/u.test(place)) return 'PROVINCE';
  if (/(自治州|州|盟|地区)$/u.test(place)) return 'CITY';
  if (/(区|县|旗|自治县)$/u.test(place)) return 'COUNTY';
  if (/(镇|乡|街道)$/u.test(place)) return 'TOWNSHIP';
  return 'CITY';
}

/**
 * The jurisdiction of a plan from its issuer. A 市 is a prefecture-level city when the text speaks to its
 * counties or districts (各县区政府, 各县(区)); it is a county-level city (COUNTY) when its parent city is named
 * with it (三明市永安…) or when it speaks directly to townships and sub-districts (各乡镇, 街道) and to no county.
 */
export function readJurisdiction(source: string | null, text: string): ParsedJurisdiction | null {
  if (!source) return null;
  const places =
    ORGANISATION_ENDING.test(source) || source.includes('人民政府') ? placesOf(source) : placeChain(source);
  const own = places[places.length - 1];
  if (!own) return null;
  // The name as the issuer writes it (新乡市红旗区); the level is that of its last part.
  const name = places.join('');
  let parentName = places.length > 1 ? (places[places.length - 2] ?? null) : null;
  let level = levelOfPlace(own);
  if (level === 'CITY' && own.endsWith('市')) {
    const core = own.slice(0, -1);
    const parent =
      core.length >= 2 ? new RegExp(`(\\p{Script=Han}{2,4}[市州])${core}`, 'u').exec(text) : null;
    if (parentName || (parent?.[1] && parent[1] !== own)) {
      level = 'COUNTY';
      parentName ??= parent?.[1] ?? null;
    } else if (!/(各(自治)?县|县[(（]?区|各区|区县)/u.test(text) && /(乡镇|街道|各镇|各乡)/u.test(text)) {
      level = 'COUNTY';
    }
  }
  return { name, level, parentName };
}

/** The prefix a department of this jurisdiction carries: 市 for 本溪市 and 永安市, 区 for 红旗区, 省 for 山西省. */
export function selfPrefixOf(jurisdiction: ParsedJurisdiction | null): string | null {
  if (!jurisdiction) return null;
  const match = /(自治区|自治州|自治县|省|市|区|县|州|盟|旗|镇|乡|街道)$/u.exec(jurisdiction.name);
  if (!match?.[1]) return null;
  const suffix = match[1];
  return (
    ({ 自治区: '区', 自治州: '州', 自治县: '县', 街道: '街道' } as Record<string, string>)[suffix] ?? suffix
  );
}

export function readDocument(lines: Line[], text: string, jurisdictionOverride?: string): DocumentReading {
  // Header: the title block, the 文号 line, a validity note.
  const firstLine = nonEmpty(lines, 0);
  const firstText = firstLine >= 0 ? (lines[firstLine]?.text ?? '') : '';
  let docNumber: string | null = null;
  let headerTitle: { title: string; end: number } | null = null;
  let validityNote: string | null = null;
  const headerLimit = Math.min(lines.length, (firstLine < 0 ? 0 : firstLine) + 16);
  for (let index = Math.max(firstLine, 0); index < headerLimit; index++) {
    const line = lines[index]?.text ?? '';
    if (line.length === 0) continue;
    if (!docNumber && isDocNumberLine(line)) {
      docNumber = findDocNumbers(line)[0]?.value ?? null;
      continue;
    }
    if (!headerTitle) {
      const block = titleBlock(lines, index);
      if (block) {
        headerTitle = block;
        index = block.end - 1;
        continue;
      }
    }
    if (
      !validityNote &&
      /(继续有效|已废止|予以废止|宣布失效|停止执行|有效期至)/u.test(line) &&
      line.length <= 200
    ) {
      const from = line.search(/(根据|依据|经)/u);
      validityNote = from >= 0 ? line.slice(from) : line;
    }
    if (headerTitle && /[。]/u.test(line) && line.length > 60) break;
  }

  // A cover notice and the plan it wraps.
  let planTitle: string | null = null;
  let bodyStart = 0;
  const searchLimit = Math.min(lines.length, 40);
  for (let index = 0; index < searchLimit; index++) {
    const line = lines[index]?.text ?? '';
    if (!COVER_PARAGRAPH.test(line)) continue;
    const named = embeddedTitle(line) ?? (headerTitle ? embeddedTitle(headerTitle.title) : null);
    if (!named) continue;
    planTitle = named;
    bodyStart = findTitleLines(lines, index + 1, named)?.end ?? index + 1;
    break;
  }
  if (planTitle === null && headerTitle) bodyStart = headerTitle.end;

  // The plan body ends at the first annex, duty division or joint-meeting text after it starts.
  let bodyEnd = lines.length;
  for (let index = bodyStart; index < lines.length; index++) {
    const line = lines[index]?.text ?? '';
    const annex = ANNEX_START.test(line) || (line.endsWith('职责分工') && line.length <= 30);
    // A numbered task may itself say 建立…联席会议制度; the text that sets the meeting up is unnumbered.
    const meeting = JOINT_MEETING_START.test(line) && !/^[(（]?[一二三四五六七八九十\d]/u.test(line);
    if (annex || meeting) {
      bodyEnd = index;
      break;
    }
  }

  // Title, issuer, date.
  const rawTitle = planTitle ?? headerTitle?.title ?? firstText;
  const title = rawTitle.replace(DRAFT_SUFFIX, '').trim();
  const signature = findSignature(lines);
  const titlePrefix = issuerFromTitle(headerTitle?.title ?? firstText);
  const issuer = chooseIssuer(signature?.issuer ?? null, titlePrefix);
  const isDraft =
    DRAFT.test(headerTitle?.title ?? '') ||
    DRAFT.test(rawTitle) ||
    DRAFT.test(lines[bodyStart - 1]?.text ?? '');
  const repealed = validityNote !== null && /(废止|失效|停止执行)/u.test(validityNote);

  const excluded = new Set<string>(docNumber ? [docNumber] : []);
  if (validityNote) for (const { value } of findDocNumbers(validityNote)) excluded.add(value);
  const cites = [...new Set(findDocNumbers(text).map(({ value }) => value))].filter(
    (value) => !excluded.has(value),
  );

  const jurisdiction = readJurisdiction(jurisdictionOverride ?? issuer ?? title, text);
  return {
    document: {
      title,
      docNumber,
      issuer,
      issuedOn: signature?.date ?? null,
      status: isDraft ? 'DRAFT' : repealed ? 'REPEALED' : 'EFFECTIVE',
      validityNote,
      cites,
    },
    jurisdiction,
    layout: {
      bodyStart: Math.min(bodyStart, lines.length),
      bodyEnd: Math.max(bodyEnd, Math.min(bodyStart, lines.length)),
    },
  };
}

/** An organisation line followed by a date line: the signature (落款) of a notice or a plan. */
function findSignature(lines: Line[]): { issuer: string; date: string } | null {
  for (let index = 0; index + 1 < lines.length; index++) {
    const name = lines[index]?.text ?? '';
    if (name.length < 4 || name.length > 30 || !ORGANISATION_ENDING.test(name) || /[，,。；;：:]/u.test(name))
      continue;
    const next = lines[nonEmpty(lines, index + 1)]?.text ?? '';
    const date = DATE_LINE.test(next) ? parseChineseDate(next) : null;
    if (date) return { issuer: name, date };
  }
  return null;
}

function issuerFromTitle(title: string): string | null {
  const match = /^(.{2,30}?)(关于|印发)/u.exec(title);
  const issuer = match?.[1];
  return issuer && ORGANISATION_ENDING.test(issuer) ? issuer : null;
}

/** The fuller of two names of one issuer (新乡市红旗区人民政府办公室 over 红旗区人民政府办公室). */
function chooseIssuer(signature: string | null, fromTitle: string | null): string | null {
  if (signature && fromTitle) {
    if (signature.endsWith(fromTitle) || signature.includes(fromTitle)) return signature;
    if (fromTitle.endsWith(signature) || fromTitle.includes(signature)) return fromTitle;
    return signature;
  }
  return signature ?? fromTitle;
}
