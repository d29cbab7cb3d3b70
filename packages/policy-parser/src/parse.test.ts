import { describe, expect, it } from 'vitest';
import { toCliJson } from './cli-json.js';
import { parsePolicy } from './parse.js';

const codes = (text: string, options?: Parameters<typeof parsePolicy>[1]) =>
  parsePolicy(text, options).warnings.map((w) => w.code);
const roles = (text: string, options?: Parameters<typeof parsePolicy>[1]) =>
  parsePolicy(text, options).tasks.map((task) =>
    task.assignments.map((a) => `${a.role}:${a.unit}`).join(' '),
  );

describe('parsePolicy warnings', () => {
  it('EMPTY_TEXT for nothing to read', () => {
    expect(codes('')).toEqual(['EMPTY_TEXT']);
    expect(codes(' \n\u3000\n')).toEqual(['EMPTY_TEXT']);
  });

  it('NO_TASKS when nothing is numbered', () => {
    expect(codes('这是一段没有编号的文字。')).toEqual(['NO_TASKS']);
  });

  it('TRUNCATED_TEXT when the text stops mid-sentence', () => {
    const parsed = parsePolicy(
      '某市方案\n1.加强监管。市、县(区)卫生健康部门做好抽查抽检工作,发现问题,及时通报',
    );
    const warning = parsed.warnings.find((w) => w.code === 'TRUNCATED_TEXT');
    expect(warning?.message).toContain('及时通报');
    expect(warning?.span && parsed.text.slice(warning.span.start, warning.span.end)).toContain('及时通报');
    expect(codes('某市方案\n1.加强监管。做好抽查抽检工作。')).not.toContain('TRUNCATED_TEXT');
  });

  it('CLAUSE_WITHOUT_UNITS, UNKNOWN_UNIT and TWO_LEADS, with spans', () => {
    const parsed = parsePolicy(
      '某市方案\n1.建设。做好。(责任单位:)\n2.推进。做好。(责任单位:市某某某办理处)\n3.统筹。做好。(牵头单位:市卫健局、市教育局;配合单位:市民政局)',
    );
    expect(parsed.warnings.map((w) => w.code)).toEqual(['CLAUSE_WITHOUT_UNITS', 'TWO_LEADS', 'UNKNOWN_UNIT']);
    for (const warning of parsed.warnings) expect(warning.span).not.toBeNull();
    expect(parsed.warnings.map((w) => w.message).join('')).toMatch(/责任条款|牵头单位|未能识别/u);
  });

  it('NOISE_REMOVED names what was cleaned', () => {
    const parsed = parsePolicy('某市方案★✿◈\n1.建设★✿◈。做好★✿◈。');
    expect(parsed.warnings[0]).toMatchObject({ code: 'NOISE_REMOVED', span: null });
    expect(parsed.warnings[0]?.message).toContain('装饰符号');
    expect(parsed.cleaning.removed).toContainEqual({ rule: 'SYMBOL_RUN', token: '★✿◈', count: 3 });
  });
});

describe('roles', () => {
  const plan = '某县人民政府办公室关于印发某方案的通知\n一、主要任务\n';

  it('first listed leads by default, collectives are LOCAL and never lead', () => {
    expect(roles(`${plan}(一)甲。做好。(责任单位:各镇、办事处、县发改委、县卫健委)`)).toEqual([
      '',
      'LOCAL:各镇、办事处 LEAD:县发改委 SUPPORT:县卫健委',
    ]);
  });

  it('firstListedLeads: false makes every listed unit SUPPORT, unless the document states the rule', () => {
    expect(roles(`${plan}(一)甲。做好。(责任单位:县卫健局、县教育局)`, { firstListedLeads: false })[1]).toBe(
      'SUPPORT:县卫健局 SUPPORT:县教育局',
    );
    expect(
      roles(
        `${plan}(一)甲。做好。(责任单位:县卫健局、县教育局。列第一位为牵头单位,下同)\n(二)乙。做好。(责任单位:县民政局、县财政局)`,
        {
          firstListedLeads: false,
        },
      ).slice(1),
    ).toEqual(['LEAD:县卫健局 SUPPORT:县教育局', 'LEAD:县民政局 SUPPORT:县财政局']);
  });

  it('takes the union of a task’s clauses, strongest role first mentioned', () => {
    expect(
      roles(
        `${plan}(一)甲。做好。(责任单位:县卫健局、县教育局)\n再做好。(牵头单位:县教育局;配合单位:县民政局)`,
      )[1],
    ).toBe('LEAD:县卫健局 LEAD:县教育局 SUPPORT:县民政局');
  });
});

describe('units', () => {
  it('gives later names of a shared-prefix list the jurisdiction’s prefix and records the written form', () => {
    const parsed = parsePolicy(
      [
        '某某市人民政府办公室印发《关于做好某工作的实施意见》',
        '1.甲。做好。〔责任单位:市卫健局、人社局、妇联、城投集团、消防救援大队,各乡镇人民政府、街道办事处〕',
        '2.乙。做好。〔责任单位:市民政局、卫健局、市场监管局〕',
        '决定建立某某市婴幼儿照护服务工作联席会议制度。',
        '成员:市发改局、卫健局、人社局等部门主要负责同志组成。',
        '(一)卫生健康局负责牵头婴幼儿照护服务工作。',
        '(三)市场监督管理局负责注册登记。',
      ].join('\n'),
    );
    expect(parsed.tasks.map((task) => task.assignments.map((a) => a.unit))).toEqual([
      ['市卫健局', '市人社局', '市妇联', '城投集团', '消防救援大队', '各乡镇人民政府、街道办事处'],
      ['市民政局', '市卫健局', '市市场监管局'],
    ]);
    expect(parsed.tasks[0]?.assignments[1]?.asWritten).toBe('人社局');
    const health = parsed.units.find((unit) => unit.name === '市卫健局');
    expect(health).toMatchObject({
      sector: 'HEALTH',
      sectors: ['HEALTH'],
      kind: 'DEPARTMENT',
      collective: false,
      known: true,
    });
    expect(health?.aliases).toEqual(expect.arrayContaining(['卫健局', '卫生健康局', '市卫生健康局']));
    expect(parsed.units.find((unit) => unit.collective)?.name).toBe('各乡镇人民政府、街道办事处');
    expect(parsed.jointMeeting).toMatchObject({
      name: '某某市婴幼儿照护服务工作联席会议',
      members: ['市发改局', '市卫健局', '市人社局'],
      convenor: null,
      office: null,
    });
    expect(parsed.duties.map((duty) => duty.unit)).toEqual(['市卫健局', '市市场监管局']);
    expect(parsed.warnings.map((w) => w.code)).toContain('NUMBERING_GAP');
  });

  it('keeps names as written when every name carries its own prefix', () => {
    const parsed = parsePolicy(
      '某区方案\n1.甲。做好。(责任单位:市公安局某某分局、区卫健委、区应急管理局、消防救援大队)',
      {
        jurisdiction: '某某市某某区',
      },
    );
    expect(parsed.jurisdiction).toEqual({ name: '某某市某某区', level: 'COUNTY', parentName: '某某市' });
    expect(parsed.tasks[0]?.assignments.map((a) => a.unit)).toEqual([
      '市公安局某某分局',
      '区卫健委',
      '区应急管理局',
      '消防救援大队',
    ]);
  });
});

describe('joint meeting', () => {
  it('reads convenor, deputies, office and members', () => {
    const parsed = parsePolicy(
      [
        '为促进婴幼儿照护服务发展,决定建立某市婴幼儿照护服务工作联席会议制度。',
        '召集人:分管副市长',
        '副召集人:市政府副秘书长、市卫健委主任',
        '成员单位:市卫健委、市发展改革委、市教育局、市民政局等部门组成。',
        '联席会议办公室设在市卫健委,办公室主任由市卫健委主任兼任。',
      ].join('\n'),
    );
    expect(parsed.jointMeeting).toMatchObject({
      name: '某市婴幼儿照护服务工作联席会议',
      convenor: '分管副市长',
      deputyConvenors: ['市政府副秘书长', '市卫健委主任'],
      office: '市卫健委',
      members: ['市卫健委', '市发展改革委', '市教育局', '市民政局'],
    });
    expect(parsed.jointMeeting?.positions).toContainEqual({ unit: '市卫健委', position: 'OFFICE' });
  });

  it('is null for an intention without members, a bare 联席会议, or a choice left open', () => {
    expect(parsePolicy('1.加强领导。建立婴幼儿照护服务工作联席会议制度。').jointMeeting).toBeNull();
    expect(parsePolicy('1.加强领导。建立联席会议制度。').jointMeeting).toBeNull();
    expect(
      parsePolicy('1.加强领导。建立完善托育服务工作领导小组或联席会议制度。成员:市卫健委。').jointMeeting,
    ).toBeNull();
  });
});

describe('toCliJson', () => {
  it('has exactly the CLI contract’s shape', () => {
    const json = toCliJson(
      parsePolicy(
        '某市关于某事的实施意见\n某政发〔2020〕1号\n到2025年,覆盖率达到50%以上。\n1.甲。做好。(责任单位:市卫健局、市教育局)',
      ),
    );
    expect(Object.keys(json)).toEqual(['document', 'tasks', 'targets', 'jointMeeting', 'duties', 'warnings']);
    expect(json.document).toEqual({
      title: '某市关于某事的实施意见',
      docNumber: '某政发〔2020〕1号',
      issuer: null,
      issuedOn: null,
    });
    expect(json.tasks).toEqual([
      {
        path: ['1'],
        heading: '甲',
        text: '甲。做好。(责任单位:市卫健局、市教育局)',
        assignments: [
          { unit: '市卫健局', role: 'LEAD' },
          { unit: '市教育局', role: 'SUPPORT' },
        ],
      },
    ]);
    expect(json.targets).toEqual([
      { indicator: '覆盖率', comparator: 'GTE', value: 50, unit: '%', year: 2025 },
    ]);
    expect(json.jointMeeting).toBeNull();
    expect(json.duties).toEqual([]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
