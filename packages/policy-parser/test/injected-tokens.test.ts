/**
 * findInjectedTokens is written for speed (runs found by table lookup, candidates matched in place, no suffix
 * strings). This property holds it to the rule written plainly — every suffix of every word run built and looked
 * up — on generated text shaped like injected advertising: short words, brand-like tokens glued to their ends,
 * separators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInjectedTokens } from '../src/clean.js';

const NEUTRAL_LEFT = new Set(Array.from('省市区县州镇乡旗盟各等和及与的'));
const NAME_ENDING = /(局|委|办|会|院|中心|政府|处|队|部门|厅)$/u;

function countOccurrences(text: string, token: string): number {
  let count = 0;
  for (let index = text.indexOf(token); index >= 0; index = text.indexOf(token, index + token.length))
    count++;
  return count;
}

/** The rule of clean.ts, plainly. */
function plainInjectedTokens(text: string): string[] {
  const stats = new Map<string, { standalone: number; glued: number; left: Set<string> }>();
  const runs = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
  for (const run of runs) {
    const length = Array.from(run).length;
    if (length < 2 || length > 12 || /^\p{N}+$/u.test(run)) continue;
    const entry = stats.get(run) ?? { standalone: 0, glued: 0, left: new Set<string>() };
    entry.standalone++;
    stats.set(run, entry);
  }
  for (const run of runs) {
    const chars = Array.from(run);
    for (let length = 2; length <= Math.min(12, chars.length - 1); length++) {
      const entry = stats.get(chars.slice(-length).join(''));
      if (!entry) continue;
      entry.glued++;
      const left = chars[chars.length - length - 1] ?? '';
      if (!NEUTRAL_LEFT.has(left)) entry.left.add(left);
    }
  }
  const tokens: string[] = [];
  for (const [token, entry] of stats) {
    const long =
      Array.from(token).length >= 4 || (/\p{Script=Latin}/u.test(token) && /\p{Script=Han}/u.test(token));
    const total = entry.standalone + entry.glued;
    if (entry.left.size < 3 || total < 4 || NAME_ENDING.test(token) || !long) continue;
    if (countOccurrences(text, token) === total) tokens.push(token);
  }
  return tokens.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

const word = fc.constantFrom(
  '张',
  '王',
  '李',
  '赵',
  '托育',
  '服务',
  '市',
  '各',
  '𠀀',
  'a',
  '9',
  '鹰网站',
  '局',
);
const token = fc.constantFrom('金鹰网站', '凯发K8', '𠀀鹰网站', '网站', '鹰网站', '某某中心', 'K8国际');
const stray = fc.constantFrom('', '', '', '好', '8', '２', '\uD800', '\uDC00', '𝐀', '★');
const clause = fc
  .tuple(
    fc.array(word, { maxLength: 3 }),
    fc.option(token),
    fc.constantFrom('，', '。', '\n', '、', ' '),
    stray,
  )
  .map(([words, glued, separator, after]) => `${words.join('')}${glued ?? ''}${separator}${after}`);
const spamLike = fc.array(clause, { minLength: 20, maxLength: 80 }).map((clauses) => clauses.join(''));

describe('findInjectedTokens', () => {
  it('agrees with the rule written plainly', () => {
    fc.assert(
      fc.property(spamLike, (text) => {
        expect(findInjectedTokens(text)).toEqual(plainInjectedTokens(text));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees on arbitrary strings too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(findInjectedTokens(text)).toEqual(plainInjectedTokens(text));
      }),
      { numRuns: 300 },
    );
  });
});
