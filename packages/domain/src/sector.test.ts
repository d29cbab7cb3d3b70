import { describe, expect, it } from 'vitest';
import { findSectorKeywords, SECTORS, sectorByCode, sectorName, sectorsIn } from './sector.js';

describe('the sector catalogue', () => {
  it('has unique codes and names', () => {
    const codes = SECTORS.map((sector) => sector.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(SECTORS.map((sector) => sector.name)).size).toBe(SECTORS.length);
  });

  it('uses SCREAMING_SNAKE_CASE codes and non-empty keyword lists', () => {
    for (const sector of SECTORS) {
      expect(sector.code).toMatch(/^[A-Z][A-Z_]*$/);
      expect(sector.keywords.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['卫生健康', 'HEALTH'],
    ['发展改革', 'DEVELOPMENT_REFORM'],
    ['教育', 'EDUCATION'],
    ['公安', 'PUBLIC_SECURITY'],
    ['民政', 'CIVIL_AFFAIRS'],
    ['财政', 'FINANCE'],
    ['人力资源社会保障', 'HUMAN_RESOURCES_SOCIAL_SECURITY'],
    ['自然资源', 'NATURAL_RESOURCES'],
    ['住房城乡建设', 'HOUSING_URBAN_RURAL_DEVELOPMENT'],
    ['应急管理', 'EMERGENCY_MANAGEMENT'],
    ['消防救援', 'FIRE_RESCUE'],
    ['税务', 'TAXATION'],
    ['市场监管', 'MARKET_REGULATION'],
    ['文化旅游', 'CULTURE_TOURISM'],
    ['城市管理', 'URBAN_MANAGEMENT'],
    ['机构编制', 'INSTITUTIONAL_ESTABLISHMENT'],
    ['审计', 'AUDIT'],
    ['商务', 'COMMERCE'],
    ['生态环境', 'ECOLOGY_ENVIRONMENT'],
    ['工会', 'TRADE_UNION'],
    ['共青团', 'YOUTH_LEAGUE'],
    ['妇联', 'WOMENS_FEDERATION'],
    ['计生协会', 'FAMILY_PLANNING_ASSOCIATION'],
    ['残联', 'DISABLED_PERSONS_FEDERATION'],
    ['医疗保障', 'HEALTHCARE_SECURITY'],
    ['司法', 'JUSTICE'],
    ['宣传', 'PUBLICITY'],
    ['网信', 'CYBERSPACE'],
    ['统计', 'STATISTICS'],
    ['工业和信息化', 'INDUSTRY_INFORMATION_TECHNOLOGY'],
    ['农业农村', 'AGRICULTURE_RURAL_AFFAIRS'],
    ['交通运输', 'TRANSPORT'],
    ['水利', 'WATER_RESOURCES'],
    ['科技', 'SCIENCE_TECHNOLOGY'],
    ['体育', 'SPORTS'],
    ['住房公积金', 'HOUSING_PROVIDENT_FUND'],
    ['金融', 'LOCAL_FINANCIAL_AFFAIRS'],
    ['金融监管', 'FINANCIAL_REGULATION'],
    ['政府办', 'GENERAL_OFFICE'],
    ['乡村振兴', 'RURAL_REVITALIZATION'],
    ['退役军人事务', 'VETERANS_AFFAIRS'],
    ['数据和政务服务', 'DATA_GOVERNMENT_SERVICES'],
  ])('names %s as %s', (name, code) => {
    expect(sectorByCode(code)?.name).toBe(name);
    expect(sectorName(code)).toBe(name);
  });

  it('shows an unknown code as itself', () => {
    expect(sectorName('NO_SUCH_SECTOR')).toBe('NO_SUCH_SECTOR');
  });
});

describe('sector keywords', () => {
  it.each([
    ['卫健', ['HEALTH']],
    ['卫生和计划生育', ['HEALTH']],
    ['人社', ['HUMAN_RESOURCES_SOCIAL_SECURITY']],
    ['人力资源和社会保障', ['HUMAN_RESOURCES_SOCIAL_SECURITY']],
    ['发改', ['DEVELOPMENT_REFORM']],
    ['消防救援大队', ['FIRE_RESCUE']],
    ['消防大队', ['FIRE_RESCUE']],
    ['计生协会', ['FAMILY_PLANNING_ASSOCIATION']],
    ['地方金融监管', ['LOCAL_FINANCIAL_AFFAIRS']],
    ['银保监', ['FINANCIAL_REGULATION']],
  ])('%s → %j', (text, codes) => {
    expect(sectorsIn(text)).toEqual(codes);
  });

  it('lists the sectors of a merged department in the order the name gives them', () => {
    expect(sectorsIn('教体文旅局')).toEqual(['EDUCATION', 'SPORTS', 'CULTURE_TOURISM']);
    expect(sectorsIn('教育体育局')).toEqual(['EDUCATION', 'SPORTS']);
  });

  it('prefers the longest keyword at a position', () => {
    expect(findSectorKeywords('计划生育协会').map((match) => match.keyword)).toEqual(['计划生育协会']);
    expect(findSectorKeywords('市场监督管理局').map((match) => match.keyword)).toEqual(['市场监督管理']);
  });

  it('does not read 民政 inside 人民政府', () => {
    expect(sectorsIn('各乡镇人民政府')).toEqual([]);
    expect(sectorsIn('人民政府办公室')).toEqual(['GENERAL_OFFICE']);
  });
});
