/**
 * Properties: parsePolicy is total. Whatever the string — random Unicode, mixed punctuation, deep numbering,
 * clause fragments, a megabyte — it returns a ParsedPolicy, its spans lie in the cleaned text, and trouble shows
 * as warnings. The 1 MB cases run only a few times to keep CI fast.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy, type ParsedPolicy } from '../src/index.js';
import { spansOf } from './spans.js';

function checkInvariants(parsed: ParsedPolicy): void {
  const length = parsed.text.length;
  for (const span of spansOf(parsed)) {
    expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
    expect(0 <= span.start && span.start <= span.end && span.end <= length).toBe(true);
  }
  for (const task of parsed.tasks) expect(task.path.length).toBeGreaterThan(0);
  for (const target of parsed.targets) expect(Number.isFinite(target.value)).toBe(true);
  expect(parsed.cleaning.removedChars).toBeGreaterThanOrEqual(0);
  if (parsed.text.trim() === '') expect(parsed.warnings.map((w) => w.code)).toContain('EMPTY_TEXT');
  else if (parsed.tasks.length === 0) expect(parsed.warnings.map((w) => w.code)).toContain('NO_TASKS');
}

/** Pieces that real plans are made of, so random combinations reach the deep paths of the reader. */
const piece = fc.constantFrom(
  '一、',
  '二、',
  '(一)',
  '（二）',
  '1.',
  '2、',
  '(1)',
  '①',
  '一是',
  '十三、',
  '第一条',
  '(责任单位:',
  '〔责任单位：',
  '（牵头单位：',
  ';配合单位:',
  '牵头,',
  '配合)',
  ')',
  '）',
  '〕',
  '(',
  '（',
  '〔',
  '【',
  '】',
  '市卫健局',
  '人社局',
  '区委编办',
  '团区委',
  '各县区政府',
  '各乡镇人民政府、街道办事处',
  '消防救援大队',
  '等部门按照职责分工负责',
  '列第一位为牵头单位,下同',
  '联席会议',
  '决定建立',
  '成员:',
  '召集人:',
  '办公室设在',
  '负责',
  '参与',
  '附件',
  '职责分工',
  '到2025年',
  '2020年底前',
  '截至2021年底',
  '每年',
  '达到',
  '不低于',
  '以上',
  '以下',
  '左右',
  '万',
  '%',
  '个',
  '15',
  '4.5',
  '一所',
  '本政办发〔2020〕33号',
  '(2019年第76号)',
  '《',
  '》',
  '“',
  '”',
  '。',
  '，',
  ',',
  '、',
  '；',
  ':',
  '\n',
  '\n\n',
  ' ',
  '\u3000',
  '★✿◈',
  '凯发K8',
  '金鹰网站',
  '|',
  '上一篇',
  '版权所有',
  'http://x.cn',
  '2025-11-08 16:16:04',
  '\u200b',
  '\r\n',
  '征求意见稿',
  '婴幼儿照护服务',
  '做好工作',
  '关于印发',
  '的通知',
  '现印发给你们',
  '人民政府办公室',
  '新乡市红旗区',
  '永安市',
  '山西省',
);

describe('parsePolicy is total', () => {
  it('on arbitrary Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(parsePolicy(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on strings built from the pieces of real plans (mixed punctuation, clauses, numbering, noise)', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.boolean(), (pieces, firstListedLeads) => {
        checkInvariants(parsePolicy(pieces.join(''), { firstListedLeads }));
      }),
      { numRuns: 400 },
    );
  });

  it('on deeply nested numbering', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('一、', '(一)', '1.', '(1)', '①', '一是', '2、', '(三)', '3.'),
            fc.boolean(),
          ),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        (items) => {
          const text = items
            .map(([marker, long], index) => `${marker}第${index}项${long ? '。要做好这项工作。' : ''}`)
            .join('\n');
          const parsed = parsePolicy(text);
          checkInvariants(parsed);
          expect(parsed.tasks.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('on arbitrary input with the jurisdiction given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 20 }), (text, jurisdiction) => {
        checkInvariants(parsePolicy(text, { jurisdiction }));
      }),
      { numRuns: 100 },
    );
  });

  it('on values that are not strings at all', () => {
    const notStrings: unknown[] = [undefined, null, 42, {}, []];
    for (const value of notStrings) checkInvariants(parsePolicy(value as string));
  });

  it('on a megabyte of text', { timeout: 120_000 }, () => {
    const seed = readFileSync(
      new URL('../../../data/seeds/yongan-city-scraped.txt', import.meta.url),
      'utf8',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 50, maxLength: 200 }), (pieces) => {
        const unit = `${pieces.join('')}\n${seed}`;
        const text = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
        checkInvariants(parsePolicy(text));
      }),
      { numRuns: 3 },
    );
  });
});
