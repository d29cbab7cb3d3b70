import { describe, expect, it } from 'vitest';
import { deadlineOf, readTasks, recurrenceOf } from './tasks.js';
import { splitLines } from './text.js';

function tasks(text: string) {
  const lines = splitLines(text);
  return readTasks(lines, 0, lines.length).tasks;
}

describe('deadlineOf', () => {
  it.each([
    ['到2025年婴幼儿照护服务体系基本健全', '2025-12-31'],
    ['力争在2025年之前配置完成', '2025-12-31'],
    ['2020年底前完成', '2020-12-31'],
    ['于2021年6月底前建成', '2021-06-30'],
    ['2021年3月10日前反馈', '2021-03-10'],
    ['到2023年,…到2025年,…', '2025-12-31'],
    ['2021年开展试点', null],
    ['从2022年起,新建幼儿园要配置托班', null],
    ['截至2021年底,全省备案率略45%', null],
    ['2019年4月《指导意见》印发', null],
  ])('%s → %s', (text, deadline) => {
    expect(deadlineOf(text)).toBe(deadline);
  });

  it('rejects impossible dates', () => {
    expect(deadlineOf('2021年2月30日前')).toBeNull();
  });
});

describe('recurrenceOf', () => {
  it.each([
    ['县级卫生健康部门每年组织1次培训', 'ANNUAL'],
    ['每季度报送一次进展', 'QUARTERLY'],
    ['每月调度', 'MONTHLY'],
    ['每人每月发放200元', null],
    ['每千人口拥有托位数', null],
    ['定期开展检查', null],
  ])('%s → %s', (text, recurrence) => {
    expect(recurrenceOf(text)).toBe(recurrence);
  });
});

describe('readTasks', () => {
  it('takes the short phrase before the first 。 as the heading', () => {
    const [task] = tasks('1.城乡统筹,科学布局。各县(区)政府要制定规划。');
    expect(task?.heading).toBe('城乡统筹,科学布局');
    expect(task?.text).toBe('城乡统筹,科学布局。各县(区)政府要制定规划。');
  });

  it('takes a heading-only line as the heading', () => {
    expect(
      tasks('（一）为家庭婴幼儿照护提供支持和科学养育指导。\n1.全面落实产假。要落实。')[0]?.heading,
    ).toBe('为家庭婴幼儿照护提供支持和科学养育指导');
    expect(tasks('1.发展多元服务模式\n一是依托社区。要依托。')[0]?.heading).toBe('发展多元服务模式');
  });

  it('gives no heading to an item that is one sentence, or whose first sentence is long or has figures', () => {
    expect(
      tasks('2.婴幼儿照护服务机构用水、用电、用气、用热，按居民生活类价格执行。')[0]?.heading,
    ).toBeNull();
    expect(
      tasks(
        '三是鼓励支持辖区有条件的幼儿园提供婴幼儿照护服务，招收2-3岁的幼儿。（责任单位：区教体文旅局）',
      )[0]?.heading,
    ).toBeNull();
    expect(
      tasks(
        '1.各地要将需要独立占地的婴幼儿照护服务设施和场地建设布局纳入相关规划，新建、扩建、改造一批机构。支持各地。',
      )[0]?.heading,
    ).toBeNull();
  });

  it('adds unnumbered paragraphs to the item above, clauses included, but no loose short line', () => {
    const text = [
      '3.落实备案管理。应当及时向区卫健委备案。（责任单位：区卫健委、区民政局）',
      '区卫健委在收到托育机构备案材料后，在5个工作日内提供备案回执。（责任单位：区卫健委）',
      '责分工',
    ].join('\n');
    const [task] = tasks(text);
    expect(task?.text.split('\n')).toHaveLength(2);
    expect(task?.clauses).toHaveLength(2);
    expect(task?.span).toEqual({ start: 0, end: text.indexOf('\n责分工') });
  });

  it('keeps a clause with its innermost item: a parent does not pass its clause to children', () => {
    const text =
      '(一)加强组织。统筹推进。(责任单位:市卫健局)\n1.制定方案。做好方案。(责任单位:市教育局)\n2.开展评估。做好评估。';
    const [parent, first, second] = tasks(text);
    expect(parent?.clauses.flatMap((clause) => clause.units.map((unit) => unit.asWritten))).toEqual([
      '市卫健局',
    ]);
    expect(first?.clauses.flatMap((clause) => clause.units.map((unit) => unit.asWritten))).toEqual([
      '市教育局',
    ]);
    expect(second?.clauses).toEqual([]);
  });

  it('sets deadline and recurrence from the item text', () => {
    const [task] = tasks('3.加强卫生监管。到2025年实现全覆盖,县级卫生健康部门每年组织1次培训。');
    expect(task).toMatchObject({ deadline: '2025-12-31', recurrence: 'ANNUAL' });
  });
});
