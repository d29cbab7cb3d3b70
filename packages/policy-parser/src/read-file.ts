import { convert as htmlToText } from 'html-to-text';
import mammoth from 'mammoth';

/**
 * Turns the bytes of an uploaded plan into text for `parsePolicy`. Bytes in, text out: the caller (CLI, API)
 * reads the file; this module does no I/O. Supported: .txt in UTF-8 (with or without BOM), UTF-16 LE/BE (with
 * or without BOM) and GB18030/GBK; .html/.htm in the charset the page declares (or detected); .docx.
 */

export type PolicyFileFormat = 'txt' | 'html' | 'docx';

export interface PolicyFileText {
  text: string;
  format: PolicyFileFormat;
  /** The character encoding the text was decoded from, as TextDecoder names it (utf-8, utf-16le, gb18030, gbk). */
  encoding: string;
}

export type PolicyFileErrorCode =
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'UNREADABLE_DOCX'
  | 'BAD_ENCODING'
  | 'FILE_TOO_LARGE'
  | 'HTML_TOO_DEEP';

/** A file that cannot be read as a plan. The message, in Chinese and English, names the file and the reason. */
export class PolicyFileError extends Error {
  override readonly name = 'PolicyFileError';

  constructor(
    readonly code: PolicyFileErrorCode,
    readonly fileName: string,
    reasonZh: string,
    reasonEn: string,
    options?: { cause?: unknown },
  ) {
    super(`无法读取文件“${fileName}”：${reasonZh} / Cannot read "${fileName}": ${reasonEn}`, options);
  }
}

/** 20 MB: far above any plan (the seeds are 10–32 KB), low enough to refuse a mistaken upload early. */
export const MAX_POLICY_FILE_BYTES = 20 * 1024 * 1024;

export interface ReadPolicyFileOptions {
  /** Overrides MAX_POLICY_FILE_BYTES. */
  maxBytes?: number;
}

const FORMATS: Record<string, PolicyFileFormat> = { txt: 'txt', html: 'html', htm: 'html', docx: 'docx' };

export async function readPolicyFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadPolicyFileOptions = {},
): Promise<PolicyFileText> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = FORMATS[extension];
  if (format === undefined) {
    throw new PolicyFileError(
      'UNSUPPORTED_FORMAT',
      fileName,
      extension === ''
        ? '没有扩展名，无法判断格式（仅支持 .txt、.html、.docx）'
        : `不支持的格式（仅支持 .txt、.html、.docx）`,
      extension === ''
        ? 'no file extension (supported: .txt, .html, .docx)'
        : `unsupported format .${extension} (supported: .txt, .html, .docx)`,
    );
  }
  const maxBytes = options.maxBytes ?? MAX_POLICY_FILE_BYTES;
  if (bytes.length > maxBytes) {
    throw new PolicyFileError(
      'FILE_TOO_LARGE',
      fileName,
      `文件过大（${formatSize(bytes.length)}，上限 ${formatSize(maxBytes)}）`,
      `file too large (${formatSize(bytes.length)}, limit ${formatSize(maxBytes)})`,
    );
  }
  if (bytes.length === 0) throw emptyFile(fileName);

  const result =
    format === 'txt'
      ? readText(bytes, fileName)
      : format === 'html'
        ? readHtml(bytes, fileName)
        : await readDocx(bytes, fileName);
  const text = normalizeNewlines(result.text);
  if (text.trim() === '') throw emptyFile(fileName);
  return { text, format, encoding: result.encoding };
}

function emptyFile(fileName: string): PolicyFileError {
  return new PolicyFileError(
    'EMPTY_FILE',
    fileName,
    '文件是空的，没有文字内容',
    'the file is empty (no text)',
  );
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

// ---------------------------------------------------------------------------------------------------------
// Plain text

interface Decoded {
  text: string;
  encoding: string;
}

function readText(bytes: Uint8Array, fileName: string): Decoded {
  const decoded = decodeText(bytes, fileName);
  if (controlRatio(decoded.text) > MAX_CONTROL_RATIO) throw binaryFile(fileName);
  return decoded;
}

/**
 * The order matters: a BOM is decisive; NUL bytes mean UTF-16 (when they fall on one parity) or binary; strict
 * UTF-8 is tried before GB18030 because GB18030 accepts most byte sequences (but not every UTF-8 text is valid
 * GB18030 and vice versa, so a strict UTF-8 success is a reliable sign).
 */
function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.length));
    if (text === null)
      throw badEncoding(
        fileName,
        `以 ${bom.encoding} 字节顺序标记开头，但内容不是有效的 ${bom.encoding}`,
        `starts with a ${bom.encoding} byte order mark but is not valid ${bom.encoding}`,
      );
    return { text, encoding: bom.encoding };
  }
  if (bytes.includes(0)) {
    const utf16 = utf16ByNulParity(bytes);
    const text = utf16 ? strictDecode(utf16, bytes) : null;
    if (utf16 === null || text === null) throw binaryFile(fileName);
    return { text, encoding: utf16 };
  }
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null) return { text: gb, encoding: 'gb18030' };
  if (rawControlRatio(bytes) > MAX_CONTROL_RATIO) throw binaryFile(fileName);
  throw badEncoding(
    fileName,
    '无法识别文字编码（支持 UTF-8、UTF-16、GBK/GB18030）',
    'unknown character encoding (supported: UTF-8, UTF-16, GBK/GB18030)',
  );
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: every ASCII character (digits, line breaks, half-width punctuation) puts a NUL in the
 * high byte, at odd offsets in little-endian and even offsets in big-endian; Chinese characters put one in the
 * other half only when their code ends in 00 (一 is U+4E00). Binary files have NULs on both sides alike. A UTF-16
 * file with no ASCII character at all has no NUL and is not recognised (it then fails as BAD_ENCODING or, rarely,
 * reads as GB18030); plans always contain digits or line breaks.
 */
function utf16ByNulParity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (odd > 3 * even) return 'utf-16le';
  if (even > 3 * odd) return 'utf-16be';
  return null;
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Above this share of control characters the "text" is a binary file with a text extension. */
const MAX_CONTROL_RATIO = 0.05;

/** C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls. */
function isControl(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) ||
    (code >= 0x7f && code < 0xa0)
  );
}

function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls / text.length;
}

function rawControlRatio(bytes: Uint8Array): number {
  let controls = 0;
  for (const byte of bytes)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) controls++;
  return controls / bytes.length;
}

function binaryFile(fileName: string): PolicyFileError {
  return new PolicyFileError(
    'BINARY_FILE',
    fileName,
    '这是二进制文件，不是文本',
    'this is a binary file, not text',
  );
}

function badEncoding(fileName: string, reasonZh: string, reasonEn: string): PolicyFileError {
  return new PolicyFileError('BAD_ENCODING', fileName, reasonZh, reasonEn);
}

// ---------------------------------------------------------------------------------------------------------
// HTML

function readHtml(bytes: Uint8Array, fileName: string): Decoded {
  const decoded = decodeHtml(bytes, fileName);
  if (controlRatio(decoded.text) > MAX_CONTROL_RATIO) throw binaryFile(fileName);
  let text: string;
  try {
    text = htmlText(decoded.text, bytes.length);
  } catch (error) {
    // html-to-text walks the element tree recursively: thousands of nested elements overflow the stack. No plan
    // nests that deep; refuse the file with a code rather than cut the content silently (limits.maxDepth would).
    if (!(error instanceof RangeError)) throw error;
    throw new PolicyFileError('HTML_TOO_DEEP', fileName, '网页元素嵌套过深，无法读取', 'HTML elements are nested too deeply to read', {
      cause: error,
    });
  }
  return { text, encoding: decoded.encoding };
}

/**
 * A BOM wins, then the charset the page declares (<meta charset> or http-equiv Content-Type in the first 4 KB,
 * as browsers do); when the page declares none, or lies (a "utf-8" page in GBK bytes is common on old
 * government sites), the bytes decide as for .txt.
 */
function decodeHtml(bytes: Uint8Array, fileName: string): Decoded {
  if (!bomEncoding(bytes)) {
    const declared = declaredCharset(bytes);
    if (declared) {
      const text = strictDecode(declared, bytes);
      if (text !== null) return { text, encoding: new TextDecoder(declared).encoding };
    }
  }
  return decodeText(bytes, fileName);
}

function declaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 keeps every byte as one character, so ASCII markup reads the same whatever the real encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (label === undefined) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page in UTF-16 declares it but cannot be read by this byte scan; WHATWG treats such a label as UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : label;
  } catch {
    return null; // an unknown label: let the bytes decide
  }
}

/** Readable text with blocks (paragraphs, divs, list items, table rows, headings) on lines of their own. */
function htmlText(html: string, maxLength: number): string {
  const block = { leadingLineBreaks: 1, trailingLineBreaks: 1 };
  return htmlToText(html, {
    wordwrap: false,
    formatters: {
      // A layout table's cells would run together ("市卫健局张三"); a tab keeps them apart on the row's line.
      tableCell: (elem, walk, builder) => {
        walk(elem.children, builder);
        builder.addLiteral('\t');
      },
    },
    // html-to-text cuts longer input silently; a file within our byte limit never has more characters than bytes.
    limits: { maxInputLength: Math.max(maxLength, 1) },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'template', format: 'skip' },
      { selector: 'p', options: block },
      { selector: 'h1', options: { ...block, uppercase: false } },
      { selector: 'h2', options: { ...block, uppercase: false } },
      { selector: 'h3', options: { ...block, uppercase: false } },
      { selector: 'h4', options: { ...block, uppercase: false } },
      { selector: 'h5', options: { ...block, uppercase: false } },
      { selector: 'h6', options: { ...block, uppercase: false } },
      { selector: 'ul', options: { ...block, itemPrefix: '- ' } },
      { selector: 'ol', options: block },
      { selector: 'table', format: 'block', options: block },
      { selector: 'tr', format: 'block', options: block },
      { selector: 'td', format: 'tableCell' },
      { selector: 'th', format: 'tableCell' },
      { selector: 'hr', format: 'skip' },
    ],
  })
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------------------
// Word (.docx)

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** mammoth's Node build takes `{ buffer }` (anything JSZip reads, a Uint8Array included), its browser build `{ arrayBuffer }`. */
type MammothInput = Parameters<typeof mammoth.extractRawText>[0];

async function readDocx(bytes: Uint8Array, fileName: string): Promise<Decoded> {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new PolicyFileError(
      'UNREADABLE_DOCX',
      fileName,
      '这是旧版 Word（.doc）文件，请在 Word 中另存为 .docx 后再导入',
      'this is an old Word (.doc) file; save it as .docx first',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new PolicyFileError(
      'UNREADABLE_DOCX',
      fileName,
      '不是有效的 .docx 文件（文件已损坏或不是 Word 文档）',
      'not a valid .docx file (damaged or not a Word document)',
    );
  }
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const input = { buffer: bytes, arrayBuffer } as unknown as MammothInput;
  let raw: string;
  try {
    raw = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    throw new PolicyFileError(
      'UNREADABLE_DOCX',
      fileName,
      '无法打开 .docx 文件（文件已损坏或不是 Word 文档）',
      'cannot open the .docx file (damaged or not a Word document)',
      { cause: error },
    );
  }
  // mammoth ends every paragraph with a blank line; one line per paragraph matches the other formats.
  return { text: raw.replace(/\n\n/g, '\n').trimEnd(), encoding: 'utf-8' };
}
