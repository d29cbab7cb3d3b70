import { describe, expect, it } from 'vitest';
import { highlightSource } from './highlight';

describe('highlightSource', () => {
  const text =
    '1.加大财政投入。(责任单位:市卫生健康委、市发展改革委,各县区政府。列第一位为牵头单位)\n2.完善政策〔责任单位:市卫健局、人社局〕';

  it('marks each responsibility clause and the units in it, longest name first', () => {
    const segments = highlightSource(text, ['市卫生健康委', '卫生健康委', '市发展改革委'], ['人社局', '各县区政府']);
    const marked = segments.filter((s) => s.kind === 'matched' || s.kind === 'new');
    expect(marked).toEqual([
      { kind: 'matched', text: '市卫生健康委' },
      { kind: 'matched', text: '市发展改革委' },
      { kind: 'new', text: '各县区政府' },
      { kind: 'new', text: '人社局' },
    ]);
    // Nothing is lost: the segments put together are the source text.
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('leaves text outside the clauses unmarked', () => {
    const segments = highlightSource('市卫生健康委负责指导。', ['市卫生健康委'], []);
    expect(segments).toEqual([{ kind: 'text', text: '市卫生健康委负责指导。' }]);
  });
});
