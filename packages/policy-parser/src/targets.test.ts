import { describe, expect, it } from 'vitest';
import { readTargets } from './targets.js';
import { splitLines } from './text.js';

function targets(text: string) {
  const lines = splitLines(text);
  return readTargets(lines, 0, lines.length).map(
    ({ indicator, comparator, value, unit, year, scope, baseline }) => ({
      indicator,
      comparator,
      value,
      unit,
      year,
      scope,
      baseline,
    }),
  );
}

describe('readTargets', () => {
  it.each([
    ['到2025年,婴幼儿健康管理率达到90%以上。', '婴幼儿健康管理率', 'GTE', 90, '%'],
    ['到2025年,普惠托位不低于60%。', '普惠托位', 'GTE', 60, '%'],
    ['到2025年,3岁以下婴幼儿入托率不低于15%。', '3岁以下婴幼儿入托率', 'GTE', 15, '%'],
    [
      '到2025年,每千常住人口拥有3岁以下婴幼儿托位数3个以上。',
      '每千常住人口拥有3岁以下婴幼儿托位数',
      'GTE',
      3,
      '个',
    ],
    [
      '到2025年,区常住人口每千人口拥有3岁以下婴幼儿托位数达到4.5个。',
      '每千人口拥有3岁以下婴幼儿托位数',
      'GTE',
      4.5,
      '个',
    ],
    ['到2025年,全市婴幼儿照护服务覆盖面90%以上。', '婴幼儿照护服务覆盖面', 'GTE', 90, '%'],
    ['到2025年,全省建有托位15万个以上。', '托位', 'GTE', 150000, '个'],
    ['到2025年,婴儿死亡率控制在5‰以下。', '婴儿死亡率', 'LTE', 5, '‰'],
    ['到2025年,婴儿死亡率4‰。', '婴儿死亡率', 'LTE', 4, '‰'],
    ['到2025年,入托率保持在20%。', '入托率', 'EQ', 20, '%'],
  ] as const)('%s', (text, indicator, comparator, value, unit) => {
    expect(targets(text)).toEqual([
      expect.objectContaining({ indicator, comparator, value, unit, year: 2025 }),
    ]);
  });

  it('reads a bare goal figure as a floor', () => {
    expect(targets('到2025年,每千人口拥有3岁以下婴幼儿托位数4.5个。')[0]).toMatchObject({
      comparator: 'GTE',
      value: 4.5,
    });
  });

  it('reads counts of things to build, in arabic or Chinese numerals, with their scope', () => {
    expect(targets('2022年扩大试点,各县(区)辖区内至少建成1—2个达标的婴幼儿照护机构;')).toEqual([
      expect.objectContaining({
        indicator: '达标的婴幼儿照护机构',
        comparator: 'GTE',
        value: 1,
        unit: '个',
        year: 2022,
        scope: '各县(区)辖区内',
      }),
    ]);
    expect(targets('到2025年,每县市区至少建立一所公办综合托育机构。')).toEqual([
      expect.objectContaining({
        indicator: '公办综合托育机构',
        comparator: 'GTE',
        value: 1,
        unit: '所',
        year: 2025,
        scope: '每县市区',
      }),
    ]);
    expect(
      targets('2021年,积极开展试点工作,力争建成1所以上具有示范引领作用的婴幼儿照护服务机构。')[0],
    ).toMatchObject({
      indicator: '具有示范引领作用的婴幼儿照护服务机构',
      value: 1,
      unit: '所',
      year: 2021,
    });
  });

  it('carries the year through the paragraph until another year is given', () => {
    const found = targets(
      '2021年开展试点;2022年,建成机构2个以上;到2025年,覆盖率达到50%以上。其中,指导率95%以上。',
    );
    expect(found.map((target) => [target.indicator, target.year])).toEqual([
      ['机构', 2022],
      ['覆盖率', 2025],
      ['指导率', 2025],
    ]);
  });

  it('takes no standard, quota or figure without a year for a target', () => {
    expect(
      targets('人均使用面积不低于8平方米。录像资料保存期不少于90天。遴选40名专家组成省级师资库。'),
    ).toEqual([]);
    expect(targets('2019年4月《指导意见》印发,托位数4.5个。')).toEqual([]);
  });

  it('attaches the baseline the plan states for the present to the matching target', () => {
    const text = [
      '目前,全省现有托育机构390家左右,托位数4万余个,每千人拥有托位数0.9个。入托率3%左右。',
      '到2025年,全省建有托位15万个以上,每千常住人口拥有3岁以下婴幼儿托位数3个以上,普惠托位不低于60%,入托率不低于15%。',
    ].join('\n');
    expect(
      targets(text).map((target) => [target.indicator, target.value, target.baseline?.value ?? null]),
    ).toEqual([
      ['托位', 150000, 40000],
      ['每千常住人口拥有3岁以下婴幼儿托位数', 3, 0.9],
      ['普惠托位', 60, null],
      ['入托率', 15, 3],
    ]);
  });

  it('takes the year of a baseline from 截至', () => {
    const found = targets('截至2021年底,全省备案率45%。\n到2025年,备案率达到90%。');
    expect(found[0]?.baseline).toEqual({ value: 45, year: 2021 });
  });
});
