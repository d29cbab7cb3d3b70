import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  departmentKey,
  institutionKindOf,
  isCollectiveLocalGovernment,
  isRecognizedDepartmentName,
  normalizeDepartmentName,
  placePrefixOf,
  sameDepartment,
  sectorOf,
  sectorsOf,
  splitPlacePrefix,
  withPlacePrefix,
} from './department-name.js';

describe('normalizeDepartmentName', () => {
  it.each([
    ['市住房城乡建设局等部门按照职责分工负责', '市住房城乡建设局'],
    ['市卫生健康委等部门按职责分工负责', '市卫生健康委'],
    ['市卫健局、', '市卫健局'],
    ['  区 民政局 ', '区民政局'],
    ['区卫健委等单位', '区卫健委'],
    ['（市卫健局）', '市卫健局'],
    ['市发改局等', '市发改局'],
    ['ＡＢＣ局', 'ABC局'],
    ['', ''],
  ])('%j → %j', (raw, normalized) => {
    expect(normalizeDepartmentName(raw)).toBe(normalized);
  });

  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (raw) => {
        const once = normalizeDepartmentName(raw);
        expect(normalizeDepartmentName(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on names built from real parts and list leftovers', () => {
    const part = fc.constantFrom(
      '市',
      '区',
      '卫健局',
      '人社局',
      '等部门',
      '按照职责分工负责',
      '、',
      '，',
      ' ',
      '（',
      '）',
      '等',
      '负责',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const once = normalizeDepartmentName(parts.join(''));
        expect(normalizeDepartmentName(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitPlacePrefix and withPlacePrefix', () => {
  it.each([
    ['市卫健局', '市', '卫健局'],
    ['区委编办', '区', '委编办'],
    ['团区委', '区', '团委'],
    ['团市委', '市', '团委'],
    ['市市场监管局', '市', '市场监管局'],
    ['市场监管局', null, '市场监管局'],
    ['城市管理局', null, '城市管理局'],
    ['市公安局红旗分局', '市', '公安局红旗分局'],
    ['新乡市红旗区人民政府办公室', '新乡市红旗区', '人民政府办公室'],
    ['本溪市人民政府办公室', '本溪市', '人民政府办公室'],
    ['云南省卫生健康委', '云南省', '卫生健康委'],
    ['消防救援大队', null, '消防救援大队'],
    ['卫生健康部门', null, '卫生健康部门'],
    ['乡镇人民政府', null, '乡镇人民政府'],
  ])('%s → %s + %s', (name, place, core) => {
    expect(splitPlacePrefix(name)).toEqual({ place, core });
  });

  it('puts the prefix back, inside 团…委', () => {
    expect(withPlacePrefix('人社局', '市')).toBe('市人社局');
    expect(withPlacePrefix('团委', '区')).toBe('团区委');
    expect(withPlacePrefix('卫健局', null)).toBe('卫健局');
  });

  it('round-trips a prefixed name', () => {
    for (const name of ['市卫健局', '团区委', '区委编办', '新乡市红旗区人民政府', '市市场监管局']) {
      const { place, core } = splitPlacePrefix(name);
      expect(withPlacePrefix(core, place)).toBe(name);
    }
  });

  it('gives the usual prefix of each level', () => {
    expect(placePrefixOf('PROVINCE')).toBe('省');
    expect(placePrefixOf('CITY')).toBe('市');
    expect(placePrefixOf('COUNTY')).toBe('区');
    expect(placePrefixOf('TOWNSHIP')).toBe('镇');
  });
});

describe('departmentKey and sameDepartment', () => {
  it('makes 市卫健局, 卫健局, 市卫生健康委 and 卫生健康部门 one department in a city plan', () => {
    const names = ['市卫健局', '卫健局', '市卫生健康委', '卫生健康部门', '市卫生健康委员会', '卫健委'];
    const keys = new Set(names.map((name) => departmentKey(name, 'CITY')));
    expect(keys.size).toBe(1);
  });

  it('treats 简称 and 全称 alike: 人社局 = 人力资源社会保障局 = 人力资源和社会保障局', () => {
    expect(sameDepartment('市人社局', '市人力资源社会保障局')).toBe(true);
    expect(sameDepartment('人社局', '人力资源和社会保障局')).toBe(true);
    expect(sameDepartment('发改局', '发展改革委')).toBe(true);
    expect(sameDepartment('市场监管局', '市场监督管理局')).toBe(true);
    expect(sameDepartment('消防大队', '消防救援大队')).toBe(true);
    expect(sameDepartment('区委编办', '区机构编制部门')).toBe(true);
    expect(sameDepartment('区总工会组织', '区总工会')).toBe(true);
  });

  it('keeps an unprefixed name apart from a prefixed one without a jurisdiction', () => {
    expect(sameDepartment('卫健局', '市卫健局')).toBe(false);
    expect(sameDepartment('卫健局', '市卫健局', 'CITY')).toBe(true);
    expect(sameDepartment('卫健局', '市卫健局', { prefix: '市' })).toBe(true);
  });

  it('keeps departments of different places apart', () => {
    expect(sameDepartment('市卫健局', '区卫健委')).toBe(false);
    expect(sameDepartment('市卫健局', '区卫健委', { prefix: '区' })).toBe(false);
    expect(sameDepartment('省卫健委', '市卫健局', 'PROVINCE')).toBe(false);
  });

  it('keeps branches, institutions and merged departments apart from the plain department', () => {
    expect(sameDepartment('市公安局红旗分局', '市公安局')).toBe(false);
    expect(sameDepartment('区妇幼保健计划生育服务中心', '区卫健委')).toBe(false);
    expect(sameDepartment('区教体文旅局', '区教育局')).toBe(false);
    expect(sameDepartment('区教体局', '区教体文旅局')).toBe(false);
  });

  it('treats a collective local government as itself', () => {
    expect(departmentKey('各乡镇人民政府，街道办事处')).toBe(departmentKey('各乡镇人民政府、街道办事处'));
    expect(sameDepartment('各县区政府', '各镇、办事处')).toBe(false);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom('CITY', 'COUNTY', undefined),
        (name, level) => {
          expect(typeof departmentKey(name, level)).toBe('string');
          expect(sameDepartment(name, name, level)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('sectors of department names', () => {
  it('gives Shanxi 卫健部门 and Benxi 市卫生健康委 one sector while they are different departments', () => {
    expect(sectorOf('卫健部门')).toBe('HEALTH');
    expect(sectorOf('市卫生健康委')).toBe('HEALTH');
    expect(sameDepartment('卫健部门', '市卫生健康委')).toBe(false);
  });

  it.each([
    ['区应急管理局', 'EMERGENCY_MANAGEMENT'],
    ['消防救援大队', 'FIRE_RESCUE'],
    ['市公安局红旗分局', 'PUBLIC_SECURITY'],
    ['团区委', 'YOUTH_LEAGUE'],
    ['区委编办', 'INSTITUTIONAL_ESTABLISHMENT'],
    ['区城建局', 'HOUSING_URBAN_RURAL_DEVELOPMENT'],
    ['区妇幼保健计划生育服务中心', 'HEALTH'],
    ['市计生协会', 'FAMILY_PLANNING_ASSOCIATION'],
  ])('%s → %s', (name, sector) => {
    expect(sectorOf(name)).toBe(sector);
  });

  it('gives a merged department its primary sector first and the others after', () => {
    expect(sectorOf('区教体文旅局')).toBe('EDUCATION');
    expect(sectorsOf('区教体文旅局')).toEqual(['EDUCATION', 'SPORTS', 'CULTURE_TOURISM']);
  });

  it('has no sector for enterprises and collective governments', () => {
    expect(sectorOf('城投集团')).toBeNull();
    expect(sectorOf('各乡镇人民政府、街道办事处')).toBeNull();
  });
});

describe('collective local governments and institution kinds', () => {
  it.each([
    '各县区政府',
    '各县(区)政府',
    '各乡镇人民政府、街道办事处',
    '各镇、办事处',
    '乡镇人民政府、街道办事处',
  ])('%s is collective', (name) => {
    expect(isCollectiveLocalGovernment(name)).toBe(true);
  });

  it.each(['区政府', '市卫健局', '各相关部门', '各有关单位', '街道办事处主任'])(
    '%s is not collective',
    (name) => {
      expect(isCollectiveLocalGovernment(name)).toBe(false);
    },
  );

  it.each([
    ['各县区政府', 'GOVERNMENT'],
    ['本溪市人民政府', 'GOVERNMENT'],
    ['市卫健局', 'DEPARTMENT'],
    ['消防救援大队', 'DEPARTMENT'],
    ['区委编办', 'PARTY_ORGAN'],
    ['区总工会', 'MASS_ORGANIZATION'],
    ['团市委', 'MASS_ORGANIZATION'],
    ['区妇幼保健计划生育服务中心', 'PUBLIC_INSTITUTION'],
    ['市妇幼保健院', 'PUBLIC_INSTITUTION'],
    ['城投集团', 'ENTERPRISE'],
  ] as const)('%s is %s', (name, kind) => {
    expect(institutionKindOf(name)).toBe(kind);
  });

  it('recognises names by sector or telling suffix, not anything', () => {
    expect(isRecognizedDepartmentName('市卫健局')).toBe(true);
    expect(isRecognizedDepartmentName('城投集团')).toBe(true);
    expect(isRecognizedDepartmentName('市某某某办理处')).toBe(false);
    expect(isRecognizedDepartmentName('做好工作')).toBe(false);
  });
});
