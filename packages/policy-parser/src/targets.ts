/**
 * Targets (发展目标) and their baselines.
 *
 * A target is a figure the plan commits to by a year: "到2025年,…每千常住人口拥有3岁以下婴幼儿托位数3个以上,
 * 普惠托位不低于60%". The year comes from a forward-looking phrase that opens a clause (到2025年, 2022年, 2020年底前)
 * and holds until the paragraph ends or another year is given; a figure without such a year (人均使用面积不低于8
 * 平方米, a standard) is no target. Without a comparator a goal is a floor, GTE (托位数4.5个), unless its
 * indicator is one to push down. Counts may be written in Chinese (每县市区至少建立一所公办综合托育机构).
 *
 * A baseline is a figure in a sentence that describes the present (目前, 现有, 截至2021年底): "托位数4万余个,
 * 每千人拥有托位数0.9个". It is attached to the target of the same unit whose indicator shares the most with it
 * (每千 on both sides or on neither).
 */
import { type Comparator, parseChineseNumeral } from '@lianxi/domain';
import type { ParsedTarget } from './types.js';
import type { Line } from './text.js';

interface Figure {
  indicator: string;
  scope: string | null;
  comparator: Comparator;
  approximate: boolean;
  value: number;
  unit: string | null;
  span: { start: number; end: number };
}

const UNITS = '个百分点|万元|亿元|平方米|%|％|‰|个|家|所|人|名|张|床|元|小时|天|学时|次|处';
const GTE_BEFORE = /^(达到|不低于|不少于|超过|高于|提高到|提升到|增加到|增长到|≥|>=|＞=)$/u;
const LTE_BEFORE = /^(不高于|不超过|低于|控制在|降低到|下降到|≤|<=)$/u;
const EQ_BEFORE = /^(保持在|稳定在)$/u;
/**
 * A goal figure without comparator is a floor (托位数4.5个 means at least 4.5) unless the indicator is one to
 * push down (a rate of illness or accidents), where it is a ceiling.
 */
const LESS_IS_BETTER = /(死亡率|发病率|发生率|患病率|流失率|超重|肥胖|事故|投诉|差错)/u;
const FIGURE = new RegExp(
  `^(?<indicator>.{2,60}?)(?<before>达到|不低于|不少于|不高于|不超过|低于|高于|超过|提高到|提升到|增加到|增长到|降低到|下降到|控制在|保持在|稳定在|≥|≤|>=|<=|略)?` +
    `(?<number>\\d+(?:\\.\\d+)?)(?<multiplier>万|亿|千)?(?<approx>余|多)?(?<unit>${UNITS})?(?<after>及以上|及以下|以上|以下|左右|余|多)?$`,
  'u',
);
/** 力争建成1所以上具有示范引领作用的机构; 各县(区)至少建成1—2个达标的机构. */
const COUNT_FIGURE = new RegExp(
  `^(?<scope>.{0,20}?)(?<before>至少|力争|争取)?(建成|建设|建立|新建|新增|培育|打造|创建)` +
    `(?<number>\\d+|[一二两三四五六七八九十])(?:[—\\-~～至到](?<upper>\\d+|[一二两三四五六七八九十]))?(?<unit>个|家|所|处|张)(?<after>以上)?(?<indicator>\\p{Script=Han}.{1,40})$`,
  'u',
);
const YEAR_PHRASE = /^(力争|争取)?(到|至|在)?((?:19|20)\d{2})年(底|末)?(前|之前|以前)?(?![\d月])[,，]?/u;
const BASELINE_CUE = /(目前|现有|现状|截至|截止|已建成|已有|当前)/u;
const SCOPE_PREFIX = /^(全省|全市|全区|全县|全州|全国|[省市区县]常住人口)/u;
const PER_CAPITA = /每(千|万|百|十万)(常住)?(人口|人)?/u;
/** Enough for any plan; bounds the matching work on pathological input. */
const MAX_BASELINES = 50;
const MAX_TARGETS = 200;
const LEADING_VERBS = /^(建有|建成|现有|共有|完成|拥有|实现)/u;

/** 1, 12, 一, 两 → a number (a count written in Chinese: 每县市区至少建立一所). */
function countValue(written: string): number {
  if (/^\d+$/u.test(written)) return Number(written);
  return written === '两' ? 2 : (parseChineseNumeral(written) ?? Number.NaN);
}

function multiplierOf(word: string | undefined): number {
  if (word === '万') return 10_000;
  if (word === '亿') return 100_000_000;
  if (word === '千') return 1_000;
  return 1;
}

function cleanIndicator(raw: string): { indicator: string; scope: string | null } {
  let indicator = raw
    .replace(/[(（]以下简称[^)）]*[)）]/gu, '')
    .replace(/^(其中|以及|和|及)/u, '')
    .trim();
  let scope: string | null = null;
  const prefix = SCOPE_PREFIX.exec(indicator);
  if (prefix) {
    scope = prefix[0];
    indicator = indicator.slice(prefix[0].length);
  }
  indicator = indicator.replace(LEADING_VERBS, '');
  const perCapita = PER_CAPITA.exec(indicator);
  if (perCapita) scope = perCapita[0];
  return { indicator, scope };
}

/** Every count figure has one of these verbs (建成 建设 建立 新建 创建 hold 建): a quick test before the pattern. */
const COUNT_VERB_PARTS = ['建', '新增', '培育', '打造'];

function readFigure(clause: string, start: number): Figure | null {
  // FIGURE needs an ASCII digit (\d); without one only COUNT_FIGURE can match, and only with its verb.
  const match = /\d/u.test(clause) ? FIGURE.exec(clause) : null;
  if (match?.groups) {
    const {
      indicator: rawIndicator = '',
      before,
      number = '',
      multiplier,
      approx,
      unit,
      after,
    } = match.groups;
    const { indicator, scope } = cleanIndicator(rawIndicator);
    if (!/\p{Script=Han}{2}/u.test(indicator) || (!unit && !before && !after)) return null;
    let comparator: Comparator = LESS_IS_BETTER.test(indicator) ? 'LTE' : 'GTE';
    if ((before && GTE_BEFORE.test(before)) || after === '以上' || after === '及以上') comparator = 'GTE';
    if ((before && LTE_BEFORE.test(before)) || after === '以下' || after === '及以下') comparator = 'LTE';
    if (before && EQ_BEFORE.test(before)) comparator = 'EQ';
    return {
      indicator,
      scope,
      comparator,
      approximate:
        approx !== undefined || after === '左右' || after === '余' || after === '多' || before === '略',
      value: Number(number) * multiplierOf(multiplier),
      unit: unit === '％' ? '%' : (unit ?? null),
      span: { start, end: start + clause.length },
    };
  }
  const count = COUNT_VERB_PARTS.some((part) => clause.includes(part)) ? COUNT_FIGURE.exec(clause) : null;
  if (count?.groups) {
    const { scope, before, number = '', upper, unit, after, indicator = '' } = count.groups;
    const gte = before === '至少' || after === '以上' || upper !== undefined;
    return {
      indicator: indicator.trim(),
      scope: scope?.trim() ? scope.trim() : null,
      comparator: gte ? 'GTE' : 'EQ',
      approximate: false,
      value: countValue(number),
      unit: unit ?? null,
      span: { start, end: start + clause.length },
    };
  }
  return null;
}

/** A table of code units: 1 for each character of `chars` (all in the BMP). */
function unitTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}
const SENTENCE_ENDS = unitTable('。！？!?');
const CLAUSE_ENDS = unitTable('，,；;：:');

/**
 * The maximal stretches of `text` without any of the `separators` (a unitTable), with their offsets: what
 * `text.matchAll(/[^…]+/gu)` finds, without a RegExp match object per stretch.
 */
function segments(text: string, separators: Uint8Array): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && separators[text.charCodeAt(index)] !== 1) continue;
    if (index > start) found.push({ text: text.slice(start, index), index: start });
    start = index + 1;
  }
  return found;
}

/** Characters two indicators share in one stretch (托位数 / 每千人拥有托位数 → 3). */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let length = 0;
      while (i + length < a.length && j + length < b.length && a[i + length] === b[j + length]) length++;
      if (length > best) best = length;
    }
  }
  return best;
}

interface Baseline {
  figure: Figure;
  year: number | null;
}

export function readTargets(lines: Line[], from: number, to: number): ParsedTarget[] {
  const targets: ParsedTarget[] = [];
  const baselines: Baseline[] = [];
  for (let index = from; index < to; index++) {
    const line = lines[index];
    if (!line || line.text.length < 6 || !/\d/u.test(line.text)) continue;
    let year: number | null = null;
    for (const sentenceMatch of segments(line.text, SENTENCE_ENDS)) {
      const sentence = sentenceMatch.text;
      const describesPresent = BASELINE_CUE.test(sentence);
      const asOf = /(截至|截止)((?:19|20)\d{2})年/u.exec(sentence);
      for (const clauseMatch of segments(sentence, CLAUSE_ENDS)) {
        let clause = clauseMatch.text;
        let start = line.start + sentenceMatch.index + clauseMatch.index;
        const leading = clause.length - clause.trimStart().length;
        clause = clause.trim();
        start += leading;
        const yearPhrase = YEAR_PHRASE.exec(clause);
        if (yearPhrase && !/(截至|截止)$/u.test(sentence.slice(0, clauseMatch.index))) {
          year = Number(yearPhrase[3]);
          clause = clause.slice(yearPhrase[0].length);
          start += yearPhrase[0].length;
        }
        if (clause.length < 3 || clause.length > 120) continue;
        const figure = readFigure(clause, start);
        if (!figure) continue;
        // An approximate figure (3%左右, 4万余个) with no year ahead of it also says how things stand now.
        if (describesPresent || (figure.approximate && year === null)) {
          baselines.push({ figure, year: asOf ? Number(asOf[2]) : null });
        } else if (year !== null && !figure.approximate) {
          targets.push({
            indicator: figure.indicator,
            comparator: figure.comparator,
            value: figure.value,
            unit: figure.unit,
            year,
            scope: figure.scope,
            baseline: null,
            span: figure.span,
          });
        }
      }
    }
  }
  const unique = targets.filter(
    (target, index) =>
      targets.findIndex(
        (other) =>
          other.indicator === target.indicator && other.value === target.value && other.year === target.year,
      ) === index,
  );
  for (const target of unique.slice(0, MAX_TARGETS)) {
    let best: { baseline: Baseline; score: number } | null = null;
    for (const baseline of baselines.slice(0, MAX_BASELINES)) {
      if (baseline.figure.unit !== target.unit) continue;
      if (PER_CAPITA.test(baseline.figure.indicator) !== PER_CAPITA.test(target.indicator)) continue;
      const score = sharedRun(baseline.figure.indicator, target.indicator);
      if (score >= 2 && (!best || score > best.score)) best = { baseline, score };
    }
    if (best) target.baseline = { value: best.baseline.figure.value, year: best.baseline.year };
  }
  return unique;
}
