import { describe, expect, it } from 'vitest';
import { buildTree, readMarker, type TreeInput } from './numbering.js';

describe('readMarker', () => {
  it.each([
    ['一、总体要求', 'CN_DUN', '一', 1],
    ['十一、其他', 'CN_DUN', '十一', 11],
    ['(一)科学规划', 'PAREN_CN', '(一)', 1],
    ['（三）加强监管', 'PAREN_CN', '(三)', 3],
    ['(十三)市场监督管理局负责', 'PAREN_CN', '(十三)', 13],
    ['1.城乡统筹', 'ARABIC_DOT', '1', 1],
    ['12．加强培训', 'ARABIC_DOT', '12', 12],
    ['1、 总体要求', 'ARABIC_DUN', '1', 1],
    ['(2)做好备案', 'PAREN_ARABIC', '(2)', 2],
    ['③加强宣传', 'CIRCLED', '③', 3],
    ['一是依托社区', 'ENUMERATION', '一是', 1],
    ['五是发展普惠性托育服务', 'ENUMERATION', '五是', 5],
    ['第三条 本办法', 'ARTICLE', '第三条', 3],
  ])('%s → %s %s', (line, type, label, number) => {
    expect(readMarker(line)).toMatchObject({ type, label, number });
  });

  it.each([
    '2021年开展试点',
    '1.08|关爱老年人',
    '2.5万个',
    '3岁以下婴幼儿',
    '一是',
    '(一)',
    '—政策引导',
    '各地要',
  ])('%s is no marker', (line) => {
    expect(readMarker(line)).toBeNull();
  });

  it('measures the marker with the spaces after it', () => {
    expect(readMarker('1、 总体要求')?.length).toBe(3);
  });
});

function tree(lines: string[], options?: Parameters<typeof buildTree>[1]) {
  const items: TreeInput[] = lines.map((line) => {
    const marker = readMarker(line);
    if (!marker) throw new Error(`no marker: ${line}`);
    return { marker, headingOnly: !/。./u.test(line) };
  });
  const { nodes, issues } = buildTree(items, options);
  return { paths: nodes.map((node) => node.path.join('/')), issues: issues.map((issue) => issue.code) };
}

describe('buildTree', () => {
  it('nests the conventional levels', () => {
    expect(
      tree([
        '一、总体要求',
        '二、主要任务',
        '(一)规划建设',
        '1.城乡统筹。要规划。',
        '2.规范设计。要规范。',
        '(二)加强支持',
        '1.营造环境。要营造。',
      ]),
    ).toEqual({
      paths: ['一', '二', '二/(一)', '二/(一)/1', '二/(一)/2', '二/(二)', '二/(二)/1'],
      issues: [],
    });
  });

  it('reads 1、 2、 then 三、 as one level and writes it the conventional way (hongqi)', () => {
    const { paths, issues } = tree([
      '1、总体要求',
      '2、主要任务',
      '(一)供给体系',
      '1.发展多元服务模式',
      '一是依托社区。要依托。',
      '二是鼓励单位。要鼓励。',
      '三、组织实施',
      '(一)强化组织领导。要强化。',
    ]);
    expect(paths).toEqual([
      '一',
      '二',
      '二/(一)',
      '二/(一)/1',
      '二/(一)/1/一是',
      '二/(一)/1/二是',
      '三',
      '三/(一)',
    ]);
    expect(issues).toEqual(['NUMBERING_STYLE']);
  });

  it('keeps numbers that run on across sections under their own section (yunnan)', () => {
    const { paths, issues } = tree([
      '三、重点任务',
      '(一)法规政策',
      '1.推进法治。要推进。',
      '2.加强政策。要加强。',
      '(二)供给体系',
      '3.建立网络。要建立。',
      '4.发展社区。要发展。',
    ]);
    expect(paths).toEqual(['三', '三/(一)', '三/(一)/1', '三/(一)/2', '三/(二)', '三/(二)/3', '三/(二)/4']);
    expect(issues).toEqual(['NUMBERING_GAP']);
  });

  it('restores lost headings when items restart at the top (yongan)', () => {
    const lines = [
      '1.甲。要做。',
      '2.乙。要做。',
      '3.丙。要做。',
      '1.丁。要做。',
      '2.戊。要做。',
      '(一)己。要做。',
      '(二)庚。要做。',
      '(一)辛。要做。',
    ];
    expect(tree(lines).paths).toEqual([
      '一/(一)/1',
      '一/(一)/2',
      '一/(一)/3',
      '一/(二)/1',
      '一/(二)/2',
      '二/(一)',
      '二/(二)',
      '三/(一)',
    ]);
    expect(tree(lines, { contentBeforeFirstItem: true }).paths[0]).toBe('二/(一)/1');
    expect(tree(lines).issues).toEqual(['NUMBERING_RESTART', 'NUMBERING_RESTART']);
  });

  it('leaves a plain list of items alone', () => {
    expect(tree(['1.甲。要做。', '2.乙。要做。']).paths).toEqual(['1', '2']);
  });

  it('reports a gap and a restart among siblings', () => {
    expect(tree(['一、甲', '三、丙']).issues).toEqual(['NUMBERING_GAP']);
    expect(tree(['一、甲', '(一)子。要做。', '(二)子。要做。', '(一)又一个。要做。']).issues).toEqual([
      'NUMBERING_RESTART',
    ]);
  });

  it('nests deep numbering without limit and keeps parents before children', () => {
    const levels = ['一、', '(一)', '1.', '(1)', '①', '一是'];
    const lines = levels.map((marker) => `${marker}第一层`);
    const { paths } = tree(lines);
    expect(paths[paths.length - 1]).toBe('一/(一)/1/(1)/①/一是');
  });
});
