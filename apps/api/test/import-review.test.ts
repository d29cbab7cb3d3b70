import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { select } from '@lianxi/db';
import { testEngines } from '@lianxi/db/testing';
import { parsePolicy } from '@lianxi/policy-parser';
import { describe, expect, it } from 'vitest';
import { addUser, gql, login } from './fixtures.js';
import { body, codeOf, sharedServer } from './shared.js';

/**
 * The import review over HTTP: the parse report carries the cleaned source text with the place of every task,
 * unit and warning, and what cleaning removed; corrections sent with the import are applied in its one
 * transaction, audited, idempotent, and refused whole when one matches nothing.
 */

const seed = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../data/seeds/${file}`, import.meta.url)), 'utf8');

const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) {
  report { title jurisdiction jurisdictionId taskCount assignmentCount unitsMatched unitsNew
    sourceText removedChars correctionCount removedNoise { rule token count }
    warnings { code message span { start end } }
    tasks { path heading span { start end }
      assignments { unit asWritten role departmentId corrected span { start end } } } }
  result { created outcome revision document { id title } }
  errors { code message field } } }`;

const MATRIX = `query($id: ID!) { responsibilityMatrix(documentId: $id) {
  departments { id name } tasks { id path } cells { taskId departmentId role } } }`;

interface Span {
  start: number;
  end: number;
}
interface Report {
  title: string;
  jurisdiction: string;
  jurisdictionId: string | null;
  taskCount: number;
  assignmentCount: number;
  unitsMatched: string[];
  unitsNew: string[];
  sourceText: string;
  removedChars: number;
  correctionCount: number;
  removedNoise: { rule: string; token: string; count: number }[];
  warnings: { code: string; message: string; span: Span | null }[];
  tasks: {
    path: string[];
    heading: string | null;
    span: Span;
    assignments: {
      unit: string;
      asWritten: string;
      role: string;
      departmentId: string | null;
      corrected: boolean;
      span: Span | null;
    }[];
  }[];
}
interface ImportPayload {
  importDocument: {
    report: Report | null;
    result: {
      created: boolean;
      outcome: string;
      revision: number;
      document: { id: string; title: string };
    } | null;
    errors: { code: string; message: string; field: string | null }[];
  };
}

/** A .docx as Word writes it, zipped here (deflate, with CRC-32) so that no binary fixture is committed. */
function docx(paragraphs: string[]): Buffer {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
      'Target="word/document.xml"/></Relationships>',
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`).join('') +
      '</w:body></w:document>',
  };
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (data: Buffer) => {
    let c = 0xffffffff;
    for (const byte of data) c = (table[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8');
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name, 'utf8');
    const header = (central: boolean) => {
      const head = Buffer.alloc(central ? 46 : 30);
      let at = 0;
      const u32 = (v: number) => (at = head.writeUInt32LE(v, at));
      const u16 = (v: number) => (at = head.writeUInt16LE(v, at));
      u32(central ? 0x02014b50 : 0x04034b50);
      if (central) u16(20);
      [20, 0x0800, 8, 0, 0].forEach(u16);
      [crc32(data), packed.length, data.length].forEach(u32);
      u16(fileName.length);
      u16(0);
      if (central) {
        [0, 0, 0].forEach(u16);
        u32(0);
        u32(offset);
      }
      return Buffer.concat([head, fileName]);
    };
    locals.push(header(false), packed);
    centrals.push(header(true));
    offset += 30 + fileName.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe.each(testEngines)('import review on %s', (engine) => {
  const shared = sharedServer(engine);
  const importAs = async (token: string, input: Record<string, unknown>) => {
    const { server } = shared();
    return gql(server, IMPORT, { input }, token);
  };
  const payloadOf = (response: { body: unknown }) => body<ImportPayload>(response).data?.importDocument;

  it('reports the cleaned source text with the place of every task, unit and warning, and what cleaning removed', async () => {
    const { server, database } = shared();
    await addUser(database.dataSource, 'reviewer', 'ADMIN');
    const admin = await login(server, 'reviewer');

    for (const file of ['yongan-city-scraped.txt', 'benxi-city-2020.txt', 'hongqi-district-2022.txt']) {
      const text = seed(file);
      const parsed = parsePolicy(text);
      const report = payloadOf(await importAs(admin, { text, dryRun: true }))?.report;
      if (!report) throw new Error(`${file}: no report`);

      expect(report.sourceText, file).toBe(parsed.text);
      expect(report.jurisdictionId, file).toBeNull();
      expect(report.correctionCount).toBe(0);
      expect(
        report.tasks.map((task) => task.span),
        file,
      ).toEqual(parsed.tasks.map((task) => task.span));
      for (const task of report.tasks) {
        expect(task.span.start, file).toBeLessThanOrEqual(task.span.end);
        for (const assignment of task.assignments) {
          // Each unit's span holds the unit as the plan writes it, inside its task's text.
          if (!assignment.span) throw new Error(`${file}: ${assignment.unit} without a span`);
          expect(report.sourceText.slice(assignment.span.start, assignment.span.end), file).toBe(
            assignment.asWritten,
          );
          expect(assignment.corrected).toBe(false);
        }
      }
      for (const warning of report.warnings) {
        if (warning.span) expect(warning.span.end, file).toBeLessThanOrEqual(report.sourceText.length);
      }
      expect(
        report.warnings.map(({ code, message }) => ({ code, message })),
        file,
      ).toEqual(expect.arrayContaining(parsed.warnings.map(({ code, message }) => ({ code, message }))));
      expect(report.removedNoise, file).toEqual(parsed.cleaning.removed);
      expect(report.removedChars, file).toBe(parsed.cleaning.removedChars);
    }

    // The scraped page: its injected marks are listed by rule and token, not only counted.
    const scraped = payloadOf(
      await importAs(admin, { text: seed('yongan-city-scraped.txt'), dryRun: true }),
    )?.report;
    const rules = new Set(scraped?.removedNoise.map((noise) => noise.rule));
    expect(rules.has('SYMBOL_RUN') || rules.has('REPEATED_TOKEN')).toBe(true);
    expect(scraped?.removedNoise.every((noise) => noise.token !== '' && noise.count > 0)).toBe(true);
  });

  it('gives a .docx upload its source text, which the client has no other way to show', async () => {
    const { server, database } = shared();
    await addUser(database.dataSource, 'docx-reviewer', 'ADMIN');
    const admin = await login(server, 'docx-reviewer');
    const paragraphs = seed('hongqi-district-2022.txt').split('\n');
    const upload = { fileName: '红旗区实施方案.docx', content: docx(paragraphs).toString('base64') };

    const report = payloadOf(await importAs(admin, { upload, dryRun: true }))?.report;

    expect(report?.sourceText).toBe(parsePolicy(paragraphs.join('\n')).text);
    expect(report?.taskCount).toBeGreaterThan(10);
    const unit = report?.tasks.flatMap((task) => task.assignments).find((a) => a.span);
    expect(unit?.span && report?.sourceText.slice(unit.span.start, unit.span.end)).toBe(unit?.asWritten);
  });

  it('applies corrections in the import: dry run shows them, the import writes them, audited and idempotent', async () => {
    const { server, database } = shared();
    await addUser(database.dataSource, 'corrector', 'ADMIN');
    const admin = await login(server, 'corrector');
    const text = seed('hongqi-district-2022.txt');
    const count = async (query: string, params: unknown[] = []) =>
      (await select<{ n: number }>(database.dataSource, query, params))[0]?.n;
    const documents = () => count('SELECT count(*)::int AS n FROM policy_document');
    const audits = () => count(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'document.import'`);

    // A first import: the jurisdiction and its departments exist now.
    const first = payloadOf(await importAs(admin, { text }));
    expect(first?.result?.outcome).toBe('CREATED');
    const plain = payloadOf(await importAs(admin, { text, dryRun: true }))?.report;
    if (!plain) throw new Error('no report');
    expect(plain.jurisdictionId).toMatch(/^[0-9a-f-]{36}$/);
    const departmentOf = (unit: string) =>
      plain.tasks.flatMap((task) => task.assignments).find((a) => a.unit === unit)?.departmentId;
    const market = departmentOf('区市场监管局');
    expect(market).toBeTruthy();
    const one = ['二', '(一)', '1', '一是'];
    const two = ['二', '(一)', '1', '二是'];
    const three = ['二', '(一)', '1', '三是'];
    const corrections = [
      { action: 'CHANGE', taskPath: one, unitName: '区卫健委', departmentId: market },
      { action: 'REMOVE', taskPath: two, unitName: '区总工会' },
      { action: 'ADD', taskPath: three, unitName: '区托育服务指导中心', role: 'SUPPORT' },
      {
        action: 'CHANGE',
        taskPath: three,
        unitName: '区教体文旅局',
        newUnitName: '区教育体育局',
        role: 'LEAD',
      },
    ];
    const beforeDocuments = await documents();
    const beforeAudits = await audits();

    // Dry run: the corrected report, nothing written.
    const dry = payloadOf(await importAs(admin, { text, dryRun: true, corrections }));
    expect(dry?.errors).toEqual([]);
    expect(dry?.result).toBeNull();
    const units = (report: Report | null | undefined, path: string[]) =>
      report?.tasks
        .find((task) => task.path.join('/') === path.join('/'))
        ?.assignments.map(({ unit, role, corrected, departmentId }) => ({
          unit,
          role,
          corrected,
          departmentId,
        }));
    expect(units(dry?.report, one)).toEqual([
      { unit: '区民政局', role: 'LEAD', corrected: false, departmentId: departmentOf('区民政局') },
      { unit: '区市场监管局', role: 'SUPPORT', corrected: true, departmentId: market },
    ]);
    expect(units(dry?.report, two)?.map((a) => a.unit)).toEqual(['区委编办', '区教体文旅局', '区卫健委']);
    expect(units(dry?.report, three)).toEqual([
      { unit: '区教育体育局', role: 'LEAD', corrected: true, departmentId: null },
      { unit: '区托育服务指导中心', role: 'SUPPORT', corrected: true, departmentId: null },
    ]);
    expect(dry?.report?.unitsNew.sort()).toEqual(['区托育服务指导中心', '区教育体育局'].sort());
    expect(dry?.report?.correctionCount).toBe(4);
    expect(await documents()).toBe(beforeDocuments);
    expect(await audits()).toBe(beforeAudits);

    // The import: a new revision of the document holding the corrected units, with its audit row.
    const imported = payloadOf(await importAs(admin, { text, corrections, idempotencyKey: 'review-1' }));
    expect(imported?.result).toMatchObject({ outcome: 'REVISED', revision: 2, created: true });
    expect(imported?.report?.tasks).toEqual(dry?.report?.tasks);
    const documentId = imported?.result?.document.id;
    const matrix = body<{
      responsibilityMatrix: {
        departments: { id: string; name: string }[];
        tasks: { id: string; path: string[] }[];
        cells: { taskId: string; departmentId: string; role: string }[];
      };
    }>(await gql(server, MATRIX, { id: documentId }, admin)).data?.responsibilityMatrix;
    const cellsOf = (path: string[]) => {
      const task = matrix?.tasks.find((t) => t.path.join('/') === path.join('/'));
      return matrix?.cells
        .filter((cell) => cell.taskId === task?.id)
        .map((cell) => [matrix.departments.find((d) => d.id === cell.departmentId)?.name, cell.role])
        .sort();
    };
    expect(cellsOf(one)).toEqual([
      ['区市场监管局', 'SUPPORT'],
      ['区民政局', 'LEAD'],
    ]);
    expect(cellsOf(two)?.map(([name]) => name)).not.toContain('区总工会');
    expect(cellsOf(three)).toEqual([
      ['区托育服务指导中心', 'SUPPORT'],
      ['区教育体育局', 'LEAD'],
    ]);
    expect(await audits()).toBe((beforeAudits ?? 0) + 1);
    const [audit] = await select<{ after: { outcome: string; corrections: unknown[] } }>(
      database.dataSource,
      `SELECT after FROM audit_event WHERE action = 'document.import' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [documentId],
    );
    expect(audit?.after.outcome).toBe('REVISED');
    expect(audit?.after.corrections).toHaveLength(4);
    expect(audit?.after.corrections[0]).toMatchObject({
      action: 'CHANGE',
      taskKey: '二/(一)/1/一是',
      unitName: '区卫健委',
    });

    // Idempotent: the key replays its answer; the same text and corrections again write nothing.
    const replay = payloadOf(await importAs(admin, { text, corrections, idempotencyKey: 'review-1' }));
    expect(replay?.result).toMatchObject({ outcome: 'REVISED', revision: 2 });
    const again = payloadOf(await importAs(admin, { text, corrections }));
    expect(again?.result).toMatchObject({ outcome: 'UNCHANGED', revision: 2, created: false });
    expect(await audits()).toBe((beforeAudits ?? 0) + 2);
    // The key with other corrections is another request.
    const reused = await importAs(admin, {
      text,
      corrections: corrections.slice(1),
      idempotencyKey: 'review-1',
    });
    expect(codeOf(reused)).toBe('BAD_USER_INPUT');
  });

  it('refuses control characters and repairs lone surrogates instead of failing in the database', async () => {
    const { server, database } = shared();
    await addUser(database.dataSource, 'hostile', 'ADMIN');
    const admin = await login(server, 'hostile');
    const text = `红旗区测试方案\ud800\n一、加强监管。(责任单位:区市场监管局)`;
    const cases: [Record<string, unknown>, string][] = [
      [{ text, jurisdiction: '测试区', idempotencyKey: 'k\u0000' }, 'input.idempotencyKey'],
      [{ text, jurisdiction: '测试\u0000区' }, 'input.jurisdiction'],
    ];
    for (const [input, field] of cases) {
      const response = await importAs(admin, input);
      expect(response.status).toBe(200);
      expect(payloadOf(response)?.errors).toMatchObject([{ code: 'INVALID_INPUT', field }]);
    }
    const nul = await importAs(admin, {
      text,
      jurisdiction: '测试区',
      corrections: [{ action: 'ADD', taskPath: ['一'], unitName: '区财政局\u0000', role: 'SUPPORT' }],
    });
    expect(codeOf(nul)).toBe('BAD_USER_INPUT');
    const imported = payloadOf(await importAs(admin, { text, jurisdiction: '测试区' }));
    expect(imported?.errors).toEqual([]);
    expect(imported?.result?.document.title).toMatch(/^红旗区测试方案/);
  });

  it('refuses the whole import when a correction matches nothing: BAD_USER_INPUT in Chinese, nothing written', async () => {
    const { server, database } = shared();
    await addUser(database.dataSource, 'careful', 'ADMIN');
    const admin = await login(server, 'careful');
    const text = seed('benxi-city-2020.txt');
    const snapshot = async () =>
      (
        await select<Record<string, number>>(
          database.dataSource,
          `SELECT (SELECT count(*)::int FROM policy_document) AS documents, (SELECT count(*)::int FROM department) AS departments,
                  (SELECT count(*)::int FROM audit_event) AS audits, (SELECT count(*)::int FROM idempotency_key) AS keys`,
        )
      )[0];
    const before = await snapshot();
    const path = payloadOf(await importAs(admin, { text, dryRun: true }))?.report?.tasks.find(
      (task) => task.assignments.length > 0,
    )?.path;
    expect(path).toBeDefined();

    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { action: 'CHANGE', taskPath: path, unitName: '不存在的局', role: 'LEAD' },
        'input.corrections.1.unitName',
        /中没有单位“不存在的局”/,
      ],
      [
        { action: 'REMOVE', taskPath: ['九十九'], unitName: '市卫生健康委' },
        'input.corrections.1.taskPath',
        /没有编号为“九十九”的任务/,
      ],
      [
        {
          action: 'CHANGE',
          taskPath: path,
          unitName: '市卫生健康委',
          departmentId: '00000000-0000-4000-8000-000000000000',
        },
        'input.corrections.1.departmentId',
        /所选部门不存在/,
      ],
      [
        { action: 'ADD', taskPath: path, unitName: '市财政局' },
        'input.corrections.1.role',
        /新增单位需要指定角色/,
      ],
    ];
    for (const [bad, field, message] of cases) {
      for (const dryRun of [true, false]) {
        const response = await importAs(admin, {
          text,
          dryRun,
          idempotencyKey: dryRun ? null : `bad-${field}`,
          corrections: [{ action: 'ADD', taskPath: path, unitName: '市审计局', role: 'SUPPORT' }, bad],
        });
        const error = body(response).errors?.[0];
        expect(error?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
        expect(error?.extensions?.field).toBe(field);
        expect(error?.message).toMatch(/^第2条更正：/);
        expect(error?.message).toMatch(message);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
