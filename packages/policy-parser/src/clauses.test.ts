import { describe, expect, it } from 'vitest';
import { findClauses, statesFirstListedLeads } from './clauses.js';

const units = (text: string) =>
  findClauses(text).flatMap((clause) =>
    clause.units.map((unit) => `${unit.role}:${unit.asWritten}${unit.collective ? '*' : ''}`),
  );

describe('responsibility clauses', () => {
  it('reads (责任单位:…等部门按照职责分工负责,各县区政府。列第一位为牵头单位,下同)', () => {
    const text =
      '要限期建设完成。(责任单位:市自然资源局、市发展改革委、市民政局、市住房城乡建设局等部门按照职责分工负责,各县区政府。列第一位为牵头单位,下同)';
    expect(units(text)).toEqual([
      'LISTED:市自然资源局',
      'LISTED:市发展改革委',
      'LISTED:市民政局',
      'LISTED:市住房城乡建设局',
      'LISTED:各县区政府*',
    ]);
    expect(findClauses(text)[0]?.statesFirstLeads).toBe(true);
    expect(statesFirstListedLeads(text)).toBe(true);
  });

  it('reads square brackets and keeps 各乡镇人民政府、街道办事处 together', () => {
    expect(units('〔责任单位:市卫健局、人社局、妇联、总工会,各乡镇人民政府、街道办事处〕')).toEqual([
      'LISTED:市卫健局',
      'LISTED:人社局',
      'LISTED:妇联',
      'LISTED:总工会',
      'LISTED:各乡镇人民政府、街道办事处*',
    ]);
  });

  it('reads full-width brackets and colon, 责任部门, and 各镇、办事处 first', () => {
    expect(units('（责任部门：区委编办、区民政局）')).toEqual(['LISTED:区委编办', 'LISTED:区民政局']);
    expect(units('（责任单位：各镇、办事处、区发改委、区卫健委）')).toEqual([
      'LISTED:各镇、办事处*',
      'LISTED:区发改委',
      'LISTED:区卫健委',
    ]);
  });

  it('reads (牵头单位:…;配合单位:…)', () => {
    expect(units('(牵头单位:县卫健局;配合单位:县教育局、县民政局)')).toEqual([
      'LEAD:县卫健局',
      'SUPPORT:县教育局',
      'SUPPORT:县民政局',
    ]);
  });

  it('reads (…牵头,…配合)', () => {
    expect(units('（县民政局牵头，县财政局、县卫健局配合）')).toEqual([
      'LEAD:县民政局',
      'SUPPORT:县财政局',
      'SUPPORT:县卫健局',
    ]);
  });

  it('ignores brackets that are no clause', () => {
    expect(
      findClauses('《托育机构设置标准（试行）》（国卫人口发〔2019〕58号）(以下简称《指导意见》)(征求意见稿)'),
    ).toEqual([]);
    expect(findClauses('（由城建局牵头研究）')).toEqual([]);
  });

  it('keeps brackets inside a clause and exact offsets', () => {
    const text = '前文。(责任单位:各县(区)政府、市卫健局)';
    const [clause] = findClauses(text, 100);
    expect(clause?.start).toBe(103);
    expect(clause?.units.map((unit) => text.slice(unit.start - 100, unit.end - 100))).toEqual([
      '各县(区)政府',
      '市卫健局',
    ]);
  });

  it('reports a clause with nothing in it', () => {
    expect(findClauses('(责任单位:)')).toEqual([{ start: 0, end: 7, units: [], statesFirstLeads: false }]);
  });

  it('survives unbalanced and stray brackets', () => {
    expect(units('(责任单位:市卫健局')).toEqual([]);
    expect(units('))〕】(责任单位:市卫健局)')).toEqual(['LISTED:市卫健局']);
  });
});
