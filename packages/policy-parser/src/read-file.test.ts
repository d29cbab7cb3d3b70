import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  MAX_POLICY_FILE_BYTES,
  PolicyFileError,
  readPolicyFile,
  type PolicyFileErrorCode,
} from './read-file.js';

// Fixtures are built here from text, so that no opaque binary is committed: encodings with iconv-lite,
// .docx files by zipping a minimal WordprocessingML package with fflate.

/** The opening of the Benxi seed: headings, full-width brackets 〔〕, half-width punctuation, digits. */
const SAMPLE = readFileSync(new URL('../../../data/seeds/benxi-city-2020.txt', import.meta.url), 'utf8')
  .split('\n')
  .slice(0, 15)
  .join('\n');

const utf8 = (text: string) => new TextEncoder().encode(text);
const encode = (text: string, encoding: string, addBOM = false) =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM }));
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

async function readError(bytes: Uint8Array, fileName: string, maxBytes?: number): Promise<PolicyFileError> {
  try {
    await readPolicyFile(bytes, fileName, maxBytes === undefined ? {} : { maxBytes });
  } catch (error) {
    if (error instanceof PolicyFileError) return error;
    throw error;
  }
  throw new Error(`readPolicyFile(${fileName}) did not fail`);
}

async function expectCode(bytes: Uint8Array, fileName: string, code: PolicyFileErrorCode) {
  const error = await readError(bytes, fileName);
  expect(error.code, error.message).toBe(code);
  expect(error.fileName).toBe(fileName);
  expect(error.message).toContain(`无法读取文件“${fileName}”：`);
  expect(error.message).toContain(` / Cannot read "${fileName}": `);
  return error;
}

describe('readPolicyFile: plain text', () => {
  it('reads UTF-8', async () => {
    expect(await readPolicyFile(utf8(SAMPLE), 'plan.txt')).toEqual({
      text: SAMPLE,
      format: 'txt',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-8 with a BOM and drops the BOM', async () => {
    const result = await readPolicyFile(concat([0xef, 0xbb, 0xbf], utf8(SAMPLE)), 'plan.txt');
    expect(result).toEqual({ text: SAMPLE, format: 'txt', encoding: 'utf-8' });
  });

  it.each([
    ['utf-16le', 'utf16-le'],
    ['utf-16be', 'utf16-be'],
  ])('reads %s with a BOM', async (expected, iconvName) => {
    const result = await readPolicyFile(encode(SAMPLE, iconvName, true), 'plan.txt');
    expect(result).toEqual({ text: SAMPLE, format: 'txt', encoding: expected });
  });

  it.each([
    ['utf-16le', 'utf16-le'],
    ['utf-16be', 'utf16-be'],
  ])('detects %s without a BOM', async (expected, iconvName) => {
    const result = await readPolicyFile(encode(SAMPLE, iconvName), 'plan.txt');
    expect(result).toEqual({ text: SAMPLE, format: 'txt', encoding: expected });
  });

  it('detects GBK', async () => {
    const text = SAMPLE.replace('®', ''); // ® has no GBK code
    const bytes = encode(text, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really not UTF-8
    expect(await readPolicyFile(bytes, 'plan.txt')).toEqual({ text, format: 'txt', encoding: 'gb18030' });
  });

  it('detects GB18030 with four-byte characters outside GBK', async () => {
    expect(encode('®𠀀', 'gb18030')).toHaveLength(8); // four bytes each
    const text = `${SAMPLE}\n生僻字:𠀀。`;
    expect(await readPolicyFile(encode(text, 'gb18030'), 'plan.txt')).toEqual({
      text,
      format: 'txt',
      encoding: 'gb18030',
    });
  });

  it('reads every seed plan as it is stored', async () => {
    for (const seed of ['benxi-city-2020', 'hongqi-district-2022', 'yongan-city-scraped']) {
      const bytes = readFileSync(new URL(`../../../data/seeds/${seed}.txt`, import.meta.url));
      const result = await readPolicyFile(new Uint8Array(bytes), `${seed}.txt`);
      expect(result.text, seed).toBe(bytes.toString('utf8'));
    }
  });

  it('turns CRLF and CR line ends into LF', async () => {
    const result = await readPolicyFile(utf8('一、总体要求\r\n二、发展目标\r三、主要任务'), 'plan.txt');
    expect(result.text).toBe('一、总体要求\n二、发展目标\n三、主要任务');
  });

  it('takes the extension in any case', async () => {
    expect((await readPolicyFile(utf8(SAMPLE), 'PLAN.TXT')).format).toBe('txt');
  });

  it('keeps a stray control character in real text', async () => {
    const text = `${SAMPLE}\f\u001a`;
    expect((await readPolicyFile(utf8(text), 'plan.txt')).text).toBe(text);
  });
});

describe('readPolicyFile: HTML', () => {
  const page = (charsetTag: string, body: string) =>
    `<!DOCTYPE html><html><head>${charsetTag}<title>本溪市人民政府</title>` +
    `<style>p { margin: 0 }</style><script>var tracker = "统计代码";</script></head><body>${body}</body></html>`;
  const body =
    '<h1>本溪市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见</h1>' +
    '<p class="doc-number">本政办发〔2020〕33号</p>' +
    '<p>一、总体要求</p><p>以习近平新时代中国特色社会主义思想为指导,<a href="/x">坚持</a>以人民为中心。</p>' +
    '<div>(一)科学规划建设婴幼儿照护服务机构<br>1.城乡统筹,科学布局。</div>' +
    '<table><tr><th>成员单位</th><th>联络员</th></tr><tr><td>市卫健局</td><td>张三</td></tr></table>' +
    '<img src="seal.png" alt="印章">';
  const lines = [
    '本溪市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见',
    '本政办发〔2020〕33号',
    '一、总体要求',
    '以习近平新时代中国特色社会主义思想为指导,坚持以人民为中心。',
    '(一)科学规划建设婴幼儿照护服务机构',
    '1.城乡统筹,科学布局。',
    '成员单位\t联络员',
    '市卫健局\t张三',
  ];

  it('extracts the readable text with one block per line, without markup, scripts, styles or links', async () => {
    const result = await readPolicyFile(utf8(page('<meta charset="utf-8">', body)), 'plan.html');
    expect(result).toEqual({ text: lines.join('\n'), format: 'html', encoding: 'utf-8' });
  });

  it('reads a GBK page that declares its charset the old way (http-equiv, gb2312)', async () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', body);
    const result = await readPolicyFile(encode(html, 'gbk'), 'plan.htm');
    expect(result).toEqual({ text: lines.join('\n'), format: 'html', encoding: 'gbk' });
  });

  it('reads a GBK page with <meta charset="GBK">', async () => {
    const result = await readPolicyFile(encode(page('<meta charset="GBK">', body), 'gbk'), 'plan.html');
    expect(result.encoding).toBe('gbk');
    expect(result.text).toBe(lines.join('\n'));
  });

  it('detects the encoding of a page that declares none', async () => {
    const result = await readPolicyFile(encode(page('', body), 'gbk'), 'plan.html');
    expect(result).toEqual({ text: lines.join('\n'), format: 'html', encoding: 'gb18030' });
  });

  it('believes the bytes when a page declares UTF-8 but is GBK', async () => {
    const result = await readPolicyFile(encode(page('<meta charset="utf-8">', body), 'gbk'), 'plan.html');
    expect(result.encoding).toBe('gb18030');
    expect(result.text).toBe(lines.join('\n'));
  });

  it('ignores an unknown charset label and detects instead', async () => {
    const result = await readPolicyFile(utf8(page('<meta charset="x-no-such-charset">', body)), 'plan.html');
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(lines.join('\n'));
  });

  it('keeps navigation and footer text: cleaning belongs to the parser, which reports what it removes', async () => {
    const html = page(
      '<meta charset="utf-8">',
      `<nav>首页 &gt; 政策文件</nav>${body}<footer>版权所有</footer>`,
    );
    const result = await readPolicyFile(utf8(html), 'plan.html');
    expect(result.text).toBe(['首页 > 政策文件', ...lines, '版权所有'].join('\n'));
  });
});

describe('readPolicyFile: Word (.docx)', () => {
  const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  /** A minimal but complete WordprocessingML package, as Word writes it (without styles or settings). */
  const docx = (paragraphs: string[]) =>
    zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ' +
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          '</Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" ' +
          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
          'Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
          paragraphs
            .map((p) => {
              // Split each paragraph into two runs, as Word does at a change of formatting.
              const half = Math.ceil(p.length / 2);
              const run = (t: string) => `<w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
              return `<w:p>${run(p.slice(0, half))}${run(p.slice(half))}</w:p>`;
            })
            .join('') +
          '</w:body></w:document>',
      ),
    });

  it('extracts the text, one paragraph per line', async () => {
    const paragraphs = SAMPLE.split('\n');
    const result = await readPolicyFile(docx(paragraphs), 'plan.docx');
    expect(result).toEqual({ text: paragraphs.join('\n'), format: 'docx', encoding: 'utf-8' });
  });

  it('keeps an empty paragraph as an empty line', async () => {
    const result = await readPolicyFile(docx(['附件', '', '职责分工']), 'plan.docx');
    expect(result.text).toBe('附件\n\n职责分工');
  });

  it('refuses a .docx without text as empty', async () => {
    await expectCode(docx([]), 'empty.docx', 'EMPTY_FILE');
  });

  it('refuses bytes that are not a Word document', async () => {
    await expectCode(utf8(SAMPLE), 'renamed.docx', 'UNREADABLE_DOCX');
  });

  it('refuses a damaged (truncated) .docx', async () => {
    const bytes = docx(SAMPLE.split('\n'));
    await expectCode(bytes.subarray(0, Math.floor(bytes.length / 2)), 'broken.docx', 'UNREADABLE_DOCX');
  });

  it('refuses a zip that is not a Word document', async () => {
    await expectCode(zipSync({ 'readme.txt': strToU8('hello') }), 'archive.docx', 'UNREADABLE_DOCX');
  });

  it('tells an old .doc file apart', async () => {
    const ole = concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Uint8Array(504));
    const error = await expectCode(ole, 'old.docx', 'UNREADABLE_DOCX');
    expect(error.message).toContain('.doc');
  });
});

describe('readPolicyFile: files it refuses', () => {
  it('refuses other formats, naming the file and the supported ones', async () => {
    const error = await expectCode(utf8('%PDF-1.7'), 'plan.pdf', 'UNSUPPORTED_FORMAT');
    expect(error.message).toBe(
      '无法读取文件“plan.pdf”：不支持的格式（仅支持 .txt、.html、.docx） / ' +
        'Cannot read "plan.pdf": unsupported format .pdf (supported: .txt, .html, .docx)',
    );
    await expectCode(utf8(SAMPLE), 'plan.doc', 'UNSUPPORTED_FORMAT');
    await expectCode(utf8(SAMPLE), 'plan.txt.zip', 'UNSUPPORTED_FORMAT');
  });

  it('refuses a file without an extension', async () => {
    const error = await expectCode(utf8(SAMPLE), 'README', 'UNSUPPORTED_FORMAT');
    expect(error.message).toContain('没有扩展名');
  });

  it('refuses an empty file', async () => {
    const error = await expectCode(new Uint8Array(0), 'plan.txt', 'EMPTY_FILE');
    expect(error.message).toBe(
      '无法读取文件“plan.txt”：文件是空的，没有文字内容 / Cannot read "plan.txt": the file is empty (no text)',
    );
  });

  it('refuses a file of blanks, a bare BOM or a page without text as empty', async () => {
    await expectCode(utf8(' \n\t\n　'), 'blank.txt', 'EMPTY_FILE');
    await expectCode(new Uint8Array([0xef, 0xbb, 0xbf]), 'bom.txt', 'EMPTY_FILE');
    await expectCode(utf8('<html><body><img src="scan.png"></body></html>'), 'scan.html', 'EMPTY_FILE');
  });

  it('refuses a binary file with NUL bytes', async () => {
    const png = concat(
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      utf8('IHDR'),
      [0, 0, 1, 0, 0, 0],
    );
    await expectCode(png, 'scan.txt', 'BINARY_FILE');
    await expectCode(png, 'scan.html', 'BINARY_FILE');
  });

  it('refuses a binary file without NUL bytes by its control characters', async () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26)));
    await expectCode(bytes, 'data.txt', 'BINARY_FILE');
  });

  it('refuses text in an encoding it cannot identify', async () => {
    // 0xFF is invalid in both UTF-8 and GB18030.
    const error = await expectCode(
      concat(utf8('婴幼儿照护 '), [0xff, 0x41, 0xff, 0x42]),
      'plan.txt',
      'BAD_ENCODING',
    );
    expect(error.message).toContain('GBK');
  });

  it('refuses a UTF-8 BOM followed by bytes that are not UTF-8', async () => {
    await expectCode(concat([0xef, 0xbb, 0xbf], encode(SAMPLE, 'gbk')), 'plan.txt', 'BAD_ENCODING');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const error = await expectCode(new Uint8Array(MAX_POLICY_FILE_BYTES + 1), 'huge.txt', 'FILE_TOO_LARGE');
    expect(error.message).toContain('20.0 MB');
    const small = await readError(utf8(SAMPLE), 'plan.txt', 100);
    expect(small.code).toBe('FILE_TOO_LARGE');
  });

  it('refuses HTML nested too deeply to walk instead of overflowing the stack', async () => {
    const depth = 50_000;
    const html = `<html><body>${'<div>'.repeat(depth)}婴幼儿${'</div>'.repeat(depth)}</body></html>`;
    await expectCode(utf8(html), 'deep.html', 'HTML_TOO_DEEP');
  });

  it('is an Error with a name, a code and the file name', async () => {
    const error = await readError(utf8('x'), 'a.rtf');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PolicyFileError');
    expect(error).toMatchObject({ code: 'UNSUPPORTED_FORMAT', fileName: 'a.rtf' });
  });
});
