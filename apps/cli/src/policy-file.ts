import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type ParsedPolicy, parsePolicy, PolicyFileError, readPolicyFile } from '@lianxi/policy-parser';
import { CliError } from './command.js';

/** Reads and parses a plan file (.txt in any common encoding, .html, .docx); a file that cannot be read is bad input. */
export async function parsePolicyFile(
  path: string,
  options: { jurisdiction?: string } = {},
): Promise<ParsedPolicy> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(
      code === 'ENOENT'
        ? `文件不存在 / no such file: ${path}`
        : `无法读取文件 / cannot read ${path}: ${String(code ?? error)}`,
    );
  }
  try {
    const { text } = await readPolicyFile(bytes, basename(path));
    return parsePolicy(
      text,
      options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction },
    );
  } catch (error) {
    if (error instanceof PolicyFileError) throw new CliError(error.message);
    throw error;
  }
}
