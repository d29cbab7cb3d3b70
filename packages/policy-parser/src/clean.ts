/**
 * Cleaning: page chrome and injected noise out, real content in.
 *
 * Every rule is general; none knows a seed's spam words:
 *   - CONTROL_CHARACTER: control and zero-width characters.
 *   - SYMBOL_RUN: runs of decorative symbols (Unicode "other symbol": ★✿◈®, emoji), except units such as ℃ ㎡ °.
 *   - REPEATED_TOKEN: short tokens injected into sentences. A token is injected when it (1) stands alone between
 *     punctuation at least once, (2) is also glued to the end of other words after at least three different
 *     characters, (3) is never followed by a letter or digit (it always breaks the sentence), and (4) occurs at
 *     least four times. Real phrases fail (3) or (2): 婴幼儿照护服务 continues into 机构/设施, 卫健局 follows only 市.
 *     The characters such tokens share with other short phrases (a site brand) then mark whole short phrases as
 *     noise, and a sentence made mostly of noise goes with its leftovers.
 *   - NAVIGATION / FOOTER: lines of page chrome: menus (many short space-separated items), 上一篇/下一篇,
 *     timestamps, 索引号/发布日期, 版权所有/ICP备/主办单位, browser advice, URLs and site watermarks; then
 *     short lines next to them at the head or tail of the page (招标, 无, 媒体消息).
 *   - DUPLICATE_LINE: a line repeated right after itself (a title printed three times).
 *   - WHITESPACE: indentation, spaces between Chinese characters, blank lines, a title broken inside 《…》.
 * Everything removed is counted in the report, so nothing real disappears silently.
 */
import { CharClass, codePointAt, forEachRun, OTHER_SYMBOL, WORD } from './chars.js';
import type { CleaningReport, CleaningRule } from './types.js';

/** Marks a removed stretch until the punctuation around it is tidied. A private-use character. */
const GAP = '\uE000';
const GAPS = new RegExp(GAP, 'gu');
const GAP_CODE = 0xe000;

/** Symbols that carry meaning and stay (units, degrees, numbering). */
const MEANINGFUL_SYMBOLS = new Set(Array.from('℃℉°㎡㎞㎏㎎㎝㎜㎖㎘㏄㎥№'));
/** Control and zero-width characters, and the private-use character that marks gaps while cleaning. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point of this rule.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF\uE000]/gu;

const SEPARATORS = new Set(Array.from('，,、；;：:·|｜'));
const FINALS = new Set(Array.from('。！？!?'));

class Report {
  private readonly counts = new Map<string, { rule: CleaningRule; token: string; count: number }>();

  add(rule: CleaningRule, token: string, count = 1): void {
    if (count <= 0) return;
    const key = `${rule}\u0000${token}`;
    const entry = this.counts.get(key);
    if (entry) entry.count += count;
    else this.counts.set(key, { rule, token, count });
  }

  entries(): CleaningReport['removed'] {
    return [...this.counts.values()];
  }
}

export interface CleanResult {
  text: string;
  report: CleaningReport;
}

export function cleanText(raw: string): CleanResult {
  const report = new Report();
  let text = raw;

  const carriageReturns = (text.match(/\r/g) ?? []).length;
  text = text.replace(/\r\n?/g, '\n');
  report.add('WHITESPACE', '\\r', carriageReturns);

  text = text.replace(CONTROL_CHARACTERS, (char) => {
    report.add('CONTROL_CHARACTER', `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    return '';
  });
  text = text.replace(/\t/g, ' ');

  text = removeInjectedTokens(text, report);
  text = removeSiteMarks(text, report);
  text = removeSymbolRuns(text, report);
  text = tidyGaps(text);
  text = removeChromeLines(text, report);
  text = removeDuplicateLines(text, report);
  text = tidyWhitespace(text, report);
  return { text, report: { removedChars: Math.max(0, raw.length - text.length), removed: report.entries() } };
}

/**
 * Runs of decorative symbols (`\p{So}+`) out, units such as ℃ ㎡ kept: the runs are found by table lookup
 * (chars.ts); a text without any symbol, the usual case, is returned as it is.
 */
function removeSymbolRuns(text: string, report: Report): string {
  let result = '';
  let from = 0;
  forEachRun(text, OTHER_SYMBOL, (start, end) => {
    const run = text.slice(start, end);
    const chars = Array.from(run);
    const kept = chars.filter((char) => MEANINGFUL_SYMBOLS.has(char)).join('');
    if (kept.length === chars.length) return;
    report.add('SYMBOL_RUN', chars.filter((char) => !MEANINGFUL_SYMBOLS.has(char)).join(''));
    result += text.slice(from, start) + (kept || GAP);
    from = end;
  });
  return from === 0 ? text : result + text.slice(from);
}

// ---------------------------------------------------------------------------------------------------------------
// Injected tokens

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters before a token that say nothing about injection (市卫健局, 各镇, 等部门). */
const NEUTRAL_LEFT = new Set(Array.from('省市区县州镇乡旗盟各等和及与的'));
const MAX_TOKEN = 12;
/** Department names repeat at list ends by nature; they are never treated as injected. */
const NAME_ENDING = /(局|委|办|会|院|中心|政府|处|队|部门|厅)$/u;
/**
 * Injected advertising is a brand or slogan: at least four characters, or a mixed-script token (K8). Shorter
 * Chinese words (原则, 条件) recur at sentence ends by nature and are never treated as injected.
 */
function longEnough(token: string, length: number): boolean {
  return length >= 4 || (/\p{Script=Latin}/u.test(token) && /\p{Script=Han}/u.test(token));
}

interface TokenStats {
  standalone: number;
  glued: number;
  /** Code points seen right before the token where it is glued to a longer word (at most 16 kept). */
  left: Set<number> | null;
  /** Length in code points. */
  length: number;
}

const NEUTRAL_LEFT_CODES = new Set([...NEUTRAL_LEFT].map((char) => char.codePointAt(0) ?? 0));
const ALL_DIGITS = /^\p{N}+$/u;

/** Where the code point that ends just before `end` starts, not before `from`. */
function codePointStart(text: string, end: number, from: number): number {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - from >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return end - 2;
  }
  return end - 1;
}

/**
 * The injected tokens of a text, longest first. Exported for tests.
 *
 * Speed: every word run is a candidate (standalone), and every suffix of 2..12 characters of every run is a
 * possible glued occurrence. The runs are found by a table lookup per character (chars.ts), not a Unicode
 * RegExp, and kept as offsets; only runs of 2..12 characters become strings (the candidates). Candidates that
 * could never qualify (too short, department names) are dropped, the rest are grouped by their last two code
 * units, and each run of three characters or more (a shorter one has no suffix with a character before it)
 * checks only the candidates of its own last two units, in place (`startsWith`): no suffix string is built.
 */
export function findInjectedTokens(text: string): string[] {
  const stats = new Map<string, TokenStats>();
  const runStarts: number[] = [];
  const runEnds: number[] = [];
  forEachRun(text, WORD, (start, end, codePoints) => {
    if (codePoints >= 3) {
      runStarts.push(start);
      runEnds.push(end);
    }
    if (codePoints < 2 || codePoints > MAX_TOKEN) return;
    const fragment = text.slice(start, end);
    const known = stats.get(fragment);
    if (known) known.standalone++;
    else if (!ALL_DIGITS.test(fragment))
      stats.set(fragment, { standalone: 1, glued: 0, left: null, length: codePoints });
  });
  if (stats.size === 0) return [];
  // Only a token that is long enough and no department name can be injected; the others need no counting.
  const candidates: [string, TokenStats][] = [];
  const byEnding = new Map<number, [string, TokenStats][]>();
  for (const [token, entry] of stats) {
    if (!longEnough(token, entry.length) || NAME_ENDING.test(token)) continue;
    const candidate: [string, TokenStats] = [token, entry];
    candidates.push(candidate);
    const key = endingKey(token, token.length);
    const group = byEnding.get(key);
    if (group) group.push(candidate);
    else byEnding.set(key, [candidate]);
  }
  if (candidates.length === 0) return [];

  for (let run = 0; run < runStarts.length; run++) {
    const runStart = runStarts[run] ?? 0;
    const runEnd = runEnds[run] ?? 0;
    const group = byEnding.get(endingKey(text, runEnd));
    if (!group) continue;
    for (const [token, entry] of group) {
      // A proper suffix (the whole run is a standalone occurrence, not a glued one) of at most 12 characters.
      const start = runEnd - token.length;
      if (start <= runStart || !text.startsWith(token, start)) continue;
      entry.glued++;
      const left = codePointAt(text, codePointStart(text, start, runStart));
      if (NEUTRAL_LEFT_CODES.has(left)) continue;
      entry.left ??= new Set<number>();
      if (entry.left.size < 16) entry.left.add(left);
    }
  }
  const tokens: string[] = [];
  for (const [token, entry] of candidates) {
    if ((entry.left?.size ?? 0) < 3 || entry.standalone + entry.glued < 4) continue;
    // Never followed by a letter or digit: every occurrence ends a word run.
    if (countOccurrences(text, token) !== entry.standalone + entry.glued) continue;
    tokens.push(token);
  }
  return tokens.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** The last two code units before `end`, as one small integer (a group key: equal endings, equal keys). */
function endingKey(text: string, end: number): number {
  return ((text.charCodeAt(end - 2) & 0x7fff) << 16) | text.charCodeAt(end - 1);
}

function countOccurrences(text: string, token: string): number {
  let count = 0;
  for (let index = text.indexOf(token); index >= 0; index = text.indexOf(token, index + token.length))
    count++;
  return count;
}

/**
 * What ends a phrase, per UTF-16 code unit (a surrogate half is never one: an emoji inside a phrase stays in it).
 * GAP is added to the class by phrases() itself.
 */
const PHRASE_BOUNDARY = new CharClass(/^[\s，,、；;：:。！？!?|｜\p{So}]$/u);

/** Splits a line into phrases at separators, symbols and gaps; returns [start, end) pairs. */
function phrases(sentence: string): [number, number][] {
  const result: [number, number][] = [];
  let start = -1;
  for (let index = 0; index <= sentence.length; index++) {
    const code = sentence.charCodeAt(index);
    const boundary = index === sentence.length || code === GAP_CODE || PHRASE_BOUNDARY.has(code);
    if (boundary) {
      if (start >= 0) result.push([start, index]);
      start = -1;
    } else if (start < 0) {
      start = index;
    }
  }
  return result;
}

function removeInjectedTokens(input: string, report: Report): string {
  const tokens = findInjectedTokens(input);
  if (tokens.length === 0) return input;
  let text = input;
  for (const token of tokens) {
    let count = 0;
    let result = '';
    let from = 0;
    for (let index = text.indexOf(token); index >= 0; index = text.indexOf(token, index + token.length)) {
      const next = text.charAt(index + token.length);
      if (next && WORD_CHAR.test(next)) continue;
      result += text.slice(from, index) + GAP;
      from = index + token.length;
      count++;
    }
    text = result + text.slice(from);
    report.add('REPEATED_TOKEN', token, count);
  }

  // Characters the injected tokens share with other short phrases (a brand name in several spellings).
  const stems = new Set<string>();
  for (const token of tokens) {
    const chars = Array.from(token);
    for (let index = 0; index + 1 < chars.length; index++) {
      const stem = (chars[index] ?? '') + (chars[index + 1] ?? '');
      if (/^[\p{L}\p{N}]{2}$/u.test(stem) && !/^\p{N}+$/u.test(stem)) stems.add(stem);
    }
  }
  const shortPhraseStems = new Set<string>();
  for (const stem of stems) {
    let total = 0;
    let inShortPhrases = 0;
    for (const line of text.split('\n')) {
      if (!line.includes(stem)) continue;
      for (const [start, end] of phrases(line)) {
        const phrase = line.slice(start, end);
        const occurrences = countOccurrences(phrase, stem);
        total += occurrences;
        if (end - start <= 20) inShortPhrases += occurrences;
      }
    }
    if (total >= 3 && total === inShortPhrases) shortPhraseStems.add(stem);
  }

  // Whole noise phrases, then sentences made mostly of noise.
  const noiseStems = [...shortPhraseStems];
  const lines = text.split('\n').map((line) => {
    let rebuilt = '';
    for (const sentence of line.split(/(?<=[。！？!?])/u)) {
      const spans = phrases(sentence);
      const noise = spans.filter(([start, end]) => {
        const phrase = sentence.slice(start, end);
        return noiseStems.some((stem) => phrase.includes(stem));
      });
      const gaps = (sentence.match(GAPS) ?? []).length;
      const content = spans.filter((span) => !noise.includes(span));
      const contentChars = content.reduce((sum, [start, end]) => sum + end - start, 0);
      const noiseUnits = noise.length + gaps;
      const dropAll =
        noiseUnits > 0 && noiseUnits * 3 >= (noiseUnits + content.length) * 2 && contentChars <= 8;
      const removed = dropAll ? spans : noise;
      let cursor = 0;
      let kept = '';
      for (const [start, end] of removed) {
        kept += sentence.slice(cursor, start) + GAP;
        cursor = end;
        report.add('REPEATED_TOKEN', sentence.slice(start, end));
      }
      kept += sentence.slice(cursor);
      rebuilt += kept;
    }
    return rebuilt;
  });
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Site marks: URLs, bare domains and watermarks such as "EXAMPLE.NET®提示:".

const URL = /(?:https?:\/\/|www\.)[\w\-./?%&=#:~+]+/giu;
const DOMAIN_WATERMARK =
  /(?<![@\w.])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|cn|gov|edu|cc|top)(?:\.cn)?(?![\w.@])\p{So}?(?:提示[:：]?)?/giu;

function removeSiteMarks(text: string, report: Report): string {
  return text
    .replace(URL, (url) => {
      report.add('NAVIGATION', url);
      return GAP;
    })
    .replace(DOMAIN_WATERMARK, (mark) => {
      report.add('NAVIGATION', mark);
      return GAP;
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Punctuation left around removed stretches

const GAP_RUN = new RegExp(
  `[${GAP} \\u3000，,、；;：:。！？!?·|｜]*${GAP}[${GAP} \\u3000，,、；;：:。！？!?·|｜]*`,
  'gu',
);

function tidyGaps(text: string): string {
  // Every match holds a GAP: without one there is nothing to tidy (and no need to try the pattern everywhere).
  if (!text.includes(GAP)) return text;
  return text.replace(GAP_RUN, (run, offset: number, whole: string) => {
    const atLineStart = offset === 0 || whole.charAt(offset - 1) === '\n';
    const after = whole.charAt(offset + run.length);
    const atLineEnd = after === '' || after === '\n';
    const kept: string[] = [];
    for (const char of run) {
      if (char === GAP || char === ' ' || char === '\u3000') continue;
      const last = kept[kept.length - 1];
      if (FINALS.has(char)) {
        while (kept.length > 0 && SEPARATORS.has(kept[kept.length - 1] ?? '')) kept.pop();
        if (!FINALS.has(kept[kept.length - 1] ?? '')) kept.push(char);
      } else if (SEPARATORS.has(char)) {
        if (last === undefined ? !atLineStart : !SEPARATORS.has(last) && !FINALS.has(last)) kept.push(char);
      }
    }
    if (atLineStart)
      while (kept.length > 0 && (SEPARATORS.has(kept[0] ?? '') || FINALS.has(kept[0] ?? ''))) kept.shift();
    if (atLineEnd) while (kept.length > 0 && SEPARATORS.has(kept[kept.length - 1] ?? '')) kept.pop();
    // A stretch removed between two words leaves the words apart only if punctuation was there.
    return kept.join('');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Chrome lines

/** Navigation: where am I, where next, page meta. */
const NAVIGATION_LINE =
  /(上一篇|下一篇|返回顶部|返回首页|当前位置|您现在的位置|网站导航|^首页\s*[>»]|^索引号|^\[?索引号|发布日期[:：]|发布时间[:：]|浏览次数|阅读次数|点击数[:：]|【字体|字号[:：]\s*[大中小]|分享到|打印本页|关闭窗口|【打印】|【关闭】|收藏本页|扫一扫)/u;
/** Footer: who runs the site, how to view it, what else it offers. */
const FOOTER_LINE =
  /(版权所有|Copyright|主办单位|承办单位|主办[:：]|承办[:：]|技术支持|ICP备|ICP证|公网安备|网站地图|联系我们|网站标识码|最佳浏览效果|浏览器版本|建议使用.{0,10}浏览器|热门搜索|最近搜索|关注我们|^来源[:：]|^信息来源[:：]|^责任编辑[:：])/iu;
const TIMESTAMP = /\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/u;
const SEPARATOR_ONLY = /^[|｜\-—_=·•*#>»\s]+$/u;

function classifyChrome(line: string): CleaningRule | null {
  if (line.length === 0) return null;
  if (SEPARATOR_ONLY.test(line)) return 'NAVIGATION';
  if (line.length <= 200 && FOOTER_LINE.test(line)) return 'FOOTER';
  if (line.length <= 200 && NAVIGATION_LINE.test(line)) return 'NAVIGATION';
  if (line.length <= 80 && TIMESTAMP.test(line) && !/[。，]/u.test(line)) return 'NAVIGATION';
  // A menu: five or more short items between spaces, no sentence punctuation (tested first: it is cheaper).
  if (/[。，；]/u.test(line)) return null;
  const items = line.split(/\s+/u).filter(Boolean);
  if (items.length >= 5 && items.every((item) => Array.from(item).length <= 12)) return 'NAVIGATION';
  return null;
}

/** A paragraph of real prose: long enough and a sentence. */
function isProse(line: string): boolean {
  return line.length >= 30 && /[。；，,]/u.test(line);
}

function isShortLoose(line: string): boolean {
  return Array.from(line).length <= 8 && !/[。，,；;]/u.test(line);
}

function removeChromeLines(text: string, report: Report): string {
  const lines = text.split('\n').map((line) => line.trim());
  const rule: (CleaningRule | null)[] = lines.map(classifyChrome);
  const firstProse = lines.findIndex((line, index) => rule[index] === null && isProse(line));
  let lastProse = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    if (rule[index] === null && isProse(lines[index] ?? '')) {
      lastProse = index;
      break;
    }
  }
  // Short lines next to chrome at the head or tail of the page belong to it.
  const inEdge = (index: number) => firstProse < 0 || index < firstProse || index > lastProse;
  for (let changed = true; changed;) {
    changed = false;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index] ?? '';
      if (rule[index] !== null || line.length === 0 || !inEdge(index) || !isShortLoose(line)) continue;
      const neighbour = [nearest(lines, index, -1), nearest(lines, index, 1)].find(
        (other) => other >= 0 && rule[other] !== null,
      );
      if (neighbour !== undefined) {
        rule[index] = rule[neighbour] ?? 'NAVIGATION';
        changed = true;
      }
    }
  }
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const lineRule = rule[index];
    if (lineRule) report.add(lineRule, truncate(line));
    else kept.push(line);
  });
  return kept.join('\n');
}

function nearest(lines: string[], index: number, step: number): number {
  for (let other = index + step; other >= 0 && other < lines.length; other += step) {
    if ((lines[other] ?? '').length > 0) return other;
  }
  return -1;
}

function truncate(line: string): string {
  const chars = Array.from(line);
  return chars.length > 60 ? `${chars.slice(0, 60).join('')}…` : line;
}

function removeDuplicateLines(text: string, report: Report): string {
  const kept: string[] = [];
  let previous = '';
  for (const line of text.split('\n')) {
    if (line.length >= 4 && line === previous) {
      report.add('DUPLICATE_LINE', truncate(line));
      continue;
    }
    kept.push(line);
    if (line.length > 0) previous = line;
  }
  return kept.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Whitespace

function isWide(char: string): boolean {
  return char !== '' && (char.codePointAt(0) ?? 0) >= 0x2e80;
}

function tidyWhitespace(text: string, report: Report): string {
  let removed = 0;
  let lines = text.split('\n').map((line) => {
    // trim() removes exactly \s (WhiteSpace and LineTerminator), which includes U+3000 and U+00A0.
    const trimmed = line.trim();
    removed += line.length - trimmed.length;
    if (!hasSpace(trimmed)) return trimmed;
    return trimmed.replace(/[ \u3000\u00a0]+/gu, (spaces, offset: number, whole: string) => {
      const before = whole.charAt(offset - 1);
      const after = whole.charAt(offset + spaces.length);
      if (isWide(before) || isWide(after)) {
        removed += spaces.length;
        return '';
      }
      if (spaces.length > 1 || spaces !== ' ') {
        removed += spaces.length - 1;
        return ' ';
      }
      return spaces;
    });
  });

  // A title broken inside 《…》 across lines is one line.
  const joined: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index] ?? '';
    let joins = 0;
    while (
      joins < 3 &&
      index + 1 < lines.length &&
      unclosedTitle(line) &&
      (lines[index + 1] ?? '').length > 0
    ) {
      index++;
      line += lines[index] ?? '';
      removed++;
      joins++;
    }
    joined.push(line);
  }
  lines = joined;

  const compact: string[] = [];
  for (const line of lines) {
    if (line.length === 0 && (compact.length === 0 || compact[compact.length - 1] === '')) {
      removed++;
      continue;
    }
    compact.push(line);
  }
  while (compact.length > 0 && compact[compact.length - 1] === '') {
    compact.pop();
    removed++;
  }
  report.add('WHITESPACE', '空白', removed);
  return compact.join('\n');
}

/** Whether the line holds a space, an ideographic space or a no-break space (what tidyWhitespace rewrites). */
function hasSpace(line: string): boolean {
  return line.includes(' ') || line.includes('\u3000') || line.includes('\u00a0');
}

function unclosedTitle(line: string): boolean {
  if (!line.includes('《')) return false;
  let depth = 0;
  for (const char of line) {
    if (char === '《') depth++;
    else if (char === '》' && depth > 0) depth--;
  }
  return depth > 0;
}
