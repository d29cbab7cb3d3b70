import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, findInjectedTokens } from './clean.js';

const seed = (name: string) =>
  readFileSync(new URL(`../../../data/seeds/${name}.txt`, import.meta.url), 'utf8');
const removed = (text: string, rule: string) =>
  cleanText(text).report.removed.filter((entry) => entry.rule === rule);

describe('symbol runs', () => {
  it('removes decorative marks and counts them, keeping the punctuation around them', () => {
    const { text, report } = cleanText('落实家庭照护服务政策★✿◈。在确保兑现法定产假的基础上★✿◈,探索试行');
    expect(text).toBe('落实家庭照护服务政策。在确保兑现法定产假的基础上,探索试行');
    expect(report.removed).toContainEqual({ rule: 'SYMBOL_RUN', token: '★✿◈', count: 2 });
  });

  it('keeps symbols that carry meaning', () => {
    expect(cleanText('人均使用面积不低于8㎡,室温18℃。').text).toBe('人均使用面积不低于8㎡,室温18℃。');
  });

  it('leaves no stray separator where a mark stood between a number and 、', () => {
    expect(cleanText('一★✿◈、主要职能★✿◈。').text).toBe('一、主要职能。');
  });
});

describe('injected tokens', () => {
  it('finds none in the four seeds that carry no injected advertising', () => {
    for (const name of [
      'benxi-city-2020',
      'hongqi-district-2022',
      'shanxi-province-2020',
      'yunnan-province-2022-draft',
    ]) {
      expect(findInjectedTokens(seed(name)), name).toEqual([]);
      expect(removed(seed(name), 'REPEATED_TOKEN'), name).toEqual([]);
    }
  });

  it('finds tokens glued to sentence ends after many different words (not a list of known words)', () => {
    // A made-up brand injected into a clean seed: after every eighth comma, and once on its own.
    const original = seed('shanxi-province-2020');
    let commas = 0;
    const injected = `蓝鲸体育|${original.replace(/，/gu, (comma) => (++commas % 8 === 0 ? `蓝鲸体育${comma}` : comma))}`;
    expect(findInjectedTokens(injected)).toEqual(['蓝鲸体育']);
    const cleaned = cleanText(injected);
    expect(cleaned.text).not.toContain('蓝鲸体育');
    expect(cleaned.text).toBe(cleanText(original).text);
    const entry = cleaned.report.removed.find((item) => item.token === '蓝鲸体育');
    expect(entry?.rule).toBe('REPEATED_TOKEN');
    expect(entry?.count).toBe(commas >= 8 ? Math.floor(commas / 8) + 1 : 1);
  });

  it('does not take a short everyday word for injection', () => {
    const text = '坚持儿童优先原则，“谁主管谁监管”原则，县级主办原则，部门协同原则，上下联动的原则。';
    expect(findInjectedTokens(text)).toEqual([]);
  });

  it('cleans the scraped seed: no brand, no marks, the clauses intact', () => {
    const { text, report } = cleanText(seed('yongan-city-scraped'));
    expect(text).not.toMatch(/凯发|金鹰网站|k8|K8|★|✿|◈|上一篇|浏览器|http/u);
    expect(text).toContain('〔责任单位:市卫健局、人社局、妇联、总工会,各乡镇人民政府、街道办事处〕');
    expect(text).toContain(
      '成员:市发改局、教育局、公安局、民政局、财政局、人社局、自然资源局、住建局、文旅局、卫健局、应急局',
    );
    expect(text).toContain('全市婴幼儿照护服务工作全面启动、平稳推进。');
    const tokens = report.removed
      .filter((entry) => entry.rule === 'REPEATED_TOKEN')
      .map((entry) => entry.token);
    expect(tokens).toEqual(expect.arrayContaining(['凯发K8国际首页', '金鹰网站']));
  });
});

describe('page chrome', () => {
  it('removes navigation, footer, timestamps and menus, and reports each line', () => {
    const page = [
      '首页 新闻中心 政务公开 办事服务 互动交流 专题专栏',
      '当前位置：首页 > 政务公开',
      '2025-11-08 16:16:04',
      '关于做好婴幼儿照护服务工作的通知',
      '各乡镇人民政府、街道办事处：现将有关事项通知如下，请认真贯彻执行。为促进婴幼儿照护服务发展，制定本方案。',
      '上一篇：关于某某的通知',
      '下一篇：没有了',
      '版权所有：某某市人民政府办公室 ICP备12345678号',
      '扫一扫在手机打开当前页',
    ].join('\n');
    const { text, report } = cleanText(page);
    expect(text).toBe(
      '关于做好婴幼儿照护服务工作的通知\n各乡镇人民政府、街道办事处：现将有关事项通知如下，请认真贯彻执行。为促进婴幼儿照护服务发展，制定本方案。',
    );
    const rules = report.removed.map((entry) => entry.rule);
    expect(rules).toContain('NAVIGATION');
    expect(rules).toContain('FOOTER');
  });

  it('takes short lines next to chrome at the tail of the page with it (yunnan)', () => {
    const { text } = cleanText(seed('yunnan-province-2022-draft'));
    expect(text.endsWith('确保规划目标如期实现。')).toBe(true);
    expect(text).not.toMatch(/索引号|热门搜索|最近搜索|招标|关注我们/u);
  });

  it('removes a site watermark and URLs but keeps an e-mail address', () => {
    const { text } = cleanText(
      'EXAMPLE.NET®提示:根据某决定,继续有效。\n反馈邮箱(someone@126.com)。\n详见http://www.example.com/a.html',
    );
    expect(text).toBe('根据某决定,继续有效。\n反馈邮箱(someone@126.com)。\n详见');
  });

  it('drops a line repeated right after itself', () => {
    const { text, report } = cleanText('某某公告标题\n某某公告标题\n某某公告标题\n正文。');
    expect(text).toBe('某某公告标题\n正文。');
    expect(report.removed).toContainEqual({ rule: 'DUPLICATE_LINE', token: '某某公告标题', count: 2 });
  });
});

describe('whitespace', () => {
  it('removes spaces between Chinese characters and punctuation, keeps them between Latin words', () => {
    expect(cleanText('《 本溪市决定》 ( 本政规〔2024〕7号)').text).toBe('《本溪市决定》(本政规〔2024〕7号)');
    expect(cleanText('《建筑设计防火规范》（GB50016-2014 2018年版）; Google Chrome').text).toBe(
      '《建筑设计防火规范》（GB50016-2014 2018年版）; Google Chrome',
    );
    expect(cleanText('1、 总体要求').text).toBe('1、总体要求');
  });

  it('joins a title broken inside 《…》 across lines', () => {
    expect(cleanText('为贯彻落实《\n国务院办公厅关于…的指导意见》精神').text).toBe(
      '为贯彻落实《国务院办公厅关于…的指导意见》精神',
    );
  });

  it('trims indentation and collapses blank lines', () => {
    expect(cleanText('\n\n\u3000\u3000一、总体要求\r\n\r\n\r\n\u3000\u3000按照要求。\n\n').text).toBe(
      '一、总体要求\n\n按照要求。',
    );
  });

  it('removes control and zero-width characters', () => {
    const { text, report } = cleanText('市卫\u200b健局\u0007');
    expect(text).toBe('市卫健局');
    expect(report.removed.map((entry) => entry.rule)).toEqual(['CONTROL_CHARACTER', 'CONTROL_CHARACTER']);
  });

  it('counts every removed character', () => {
    const raw = seed('yongan-city-scraped');
    const { text, report } = cleanText(raw);
    expect(report.removedChars).toBe(raw.length - text.length);
  });
});
