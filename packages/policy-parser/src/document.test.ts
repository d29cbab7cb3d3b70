import { describe, expect, it } from 'vitest';
import { findDocNumbers, readDocument, readJurisdiction, selfPrefixOf } from './document.js';
import { parseChineseDate, splitLines } from './text.js';

const read = (text: string, jurisdiction?: string) => readDocument(splitLines(text), text, jurisdiction);

describe('document numbers', () => {
  it('normalises brackets and drops the words before the issuer', () => {
    expect(
      findDocNumbers('根据国办发[2019]15号和（辽政办发（2020）12号）、豫政办〔2020〕8号').map(
        (found) => found.value,
      ),
    ).toEqual(['国办发〔2019〕15号', '辽政办发〔2020〕12号', '豫政办〔2020〕8号']);
  });

  it('reads an announcement number in brackets', () => {
    expect(
      findDocNumbers('《关于养老托育家政等社区家庭服务业税收优惠政策的公告》(2019年第76号)').map(
        (found) => found.value,
      ),
    ).toEqual(['2019年第76号']);
  });
});

describe('parseChineseDate', () => {
  it.each([
    ['2020年6月24日', '2020-06-24'],
    ['2022-02-08', '2022-02-08'],
    ['2020年2月30日', null],
    ['六月', null],
  ])('%s → %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });
});

describe('readDocument', () => {
  it('reads title, 文号, issuer from the title, validity note and cites', () => {
    const { document } = read(
      [
        '本溪市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见',
        '本政办发〔2020〕33号',
        '根据《本溪市人民政府关于公布清理结果的决定》(本政规〔2024〕7号)规定,继续有效。',
        '各县区人民政府:',
        '为贯彻落实《国务院办公厅关于…的指导意见》(国办发〔2019〕15号)和国办发〔2019〕15号精神,现提出如下意见。',
        '一、总体要求',
      ].join('\n'),
    );
    expect(document).toEqual({
      title: '本溪市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见',
      docNumber: '本政办发〔2020〕33号',
      issuer: '本溪市人民政府办公室',
      issuedOn: null,
      status: 'EFFECTIVE',
      validityNote: '根据《本溪市人民政府关于公布清理结果的决定》(本政规〔2024〕7号)规定,继续有效。',
      cites: ['国办发〔2019〕15号'],
    });
  });

  it('marks a repealed document', () => {
    expect(read('某市关于某事的实施意见\n根据某决定,该文件已废止。\n一、总体要求').document.status).toBe(
      'REPEALED',
    );
  });

  it('reads the plan inside a cover notice: its own title, the notice signature, the body after the title', () => {
    const text = [
      '红政办〔2022〕34号',
      '红旗区人民政府办公室',
      '关于印发红旗区促进3岁以下婴幼儿照护',
      '服务发展实施方案的通知',
      '各镇、办事处：',
      '《红旗区促进3岁以下婴幼儿照护服务发展实施方案》已经区政府研究通过，现印发给你们，请认真遵照执行。',
      '新乡市红旗区人民政府办公室',
      '2022年11月15日',
      '红旗区促进3岁以下婴幼儿照护服务',
      '发展实施方案',
      '为贯彻落实…，制定本方案。',
      '1、总体要求',
      '附件',
      '职责分工',
    ].join('\n');
    const { document, layout, jurisdiction } = read(text);
    expect(document).toMatchObject({
      title: '红旗区促进3岁以下婴幼儿照护服务发展实施方案',
      docNumber: '红政办〔2022〕34号',
      issuer: '新乡市红旗区人民政府办公室',
      issuedOn: '2022-11-15',
    });
    expect(layout).toEqual({ bodyStart: 10, bodyEnd: 12 });
    expect(jurisdiction).toEqual({ name: '新乡市红旗区', level: 'COUNTY', parentName: '新乡市' });
  });

  it('reads a draft for comment: DRAFT, the title without (征求意见稿)', () => {
    const text = [
      '云南省卫生健康委关于公开征求《云南省“十四五”托育发展规划(征求意见稿)》意见的公告',
      '现就《云南省“十四五”托育发展规划(征求意见稿)》公开征求社会公众意见。',
      '云南省卫生健康委',
      '2022年2月8日',
      '云南省“十四五”托育发展规划',
      '(征求意见稿)',
      '一、规划背景',
    ].join('\n');
    const { document, layout } = read(text);
    expect(document).toMatchObject({
      title: '云南省“十四五”托育发展规划',
      status: 'DRAFT',
      issuer: '云南省卫生健康委',
      issuedOn: '2022-02-08',
    });
    expect(layout.bodyStart).toBe(6);
  });
});

describe('readJurisdiction', () => {
  it('reads province, prefecture-level city and district', () => {
    expect(readJurisdiction('山西省人民政府办公厅', '')).toEqual({
      name: '山西省',
      level: 'PROVINCE',
      parentName: null,
    });
    expect(readJurisdiction('云南省卫生健康委', '')).toEqual({
      name: '云南省',
      level: 'PROVINCE',
      parentName: null,
    });
    expect(readJurisdiction('本溪市人民政府办公室', '各县区政府要制定规划')).toEqual({
      name: '本溪市',
      level: 'CITY',
      parentName: null,
    });
  });

  it('reads a county-level city from its parent city or from its townships', () => {
    expect(readJurisdiction('永安市人民政府办公室', '三明市永安总医院要开通绿色通道')).toEqual({
      name: '永安市',
      level: 'COUNTY',
      parentName: '三明市',
    });
    expect(readJurisdiction('某某市人民政府办公室', '各乡镇人民政府、街道办事处')).toMatchObject({
      level: 'COUNTY',
    });
  });

  it('takes a bare place given on the command line', () => {
    expect(readJurisdiction('新乡市红旗区', '')).toEqual({
      name: '新乡市红旗区',
      level: 'COUNTY',
      parentName: '新乡市',
    });
    expect(readJurisdiction('没有地名', '')).toBeNull();
    expect(readJurisdiction(null, '')).toBeNull();
  });

  it('gives the prefix of the jurisdiction’s own departments', () => {
    expect(selfPrefixOf({ name: '新乡市红旗区', level: 'COUNTY', parentName: '新乡市' })).toBe('区');
    expect(selfPrefixOf({ name: '永安市', level: 'COUNTY', parentName: null })).toBe('市');
    expect(selfPrefixOf({ name: '某某自治县', level: 'COUNTY', parentName: null })).toBe('县');
    expect(selfPrefixOf(null)).toBeNull();
  });
});
