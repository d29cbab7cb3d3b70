import { randomBytes } from 'node:crypto';
import { hashPassword } from '@lianxi/api/password';
import { createUser, findDepartmentByName, findJurisdictionByName, isDbError, select } from '@lianxi/db';
import type { UserRole } from '@lianxi/domain';
import { type Command, Option } from 'commander';
import { CliError, type CommandModule } from '../command.js';
import { describeDatabase, withDatabase } from '../database.js';
import { readEnv } from '../env.js';

const ROLES = ['ADMIN', 'MEMBER', 'VIEWER'] as const satisfies readonly UserRole[];

interface AddOptions {
  role: UserRole;
  department?: string;
  jurisdiction?: string;
  displayName?: string;
  passwordStdin?: boolean;
}

/** The whole of stdin, without the final line break (`echo secret | …`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * `lianxi user add <username> --role ADMIN|MEMBER|VIEWER [--department NAME] [--jurisdiction NAME]
 * [--password-stdin]` — adds a login to the database the API uses, hashed with the API's own scrypt
 * function. Without --password-stdin a random password is made and printed once.
 */
export const userCommand: CommandModule = {
  register(program: Command) {
    const user = program.command('user').description('管理登录用户 / manage logins');
    user
      .command('add')
      .description('新增用户 / add a login')
      .argument('<username>', '用户名 / user name')
      .addOption(new Option('--role <role>', '角色 / role').choices(ROLES).makeOptionMandatory())
      .option('--department <name>', '所属部门(MEMBER 必填),如 市卫生健康委 / department')
      .option('--jurisdiction <name>', '行政区划,如 本溪市 / jurisdiction')
      .option('--display-name <name>', '显示名称 / display name')
      .option('--password-stdin', '从标准输入读取密码 / read the password from stdin')
      .action(async (username: string, options: AddOptions) => {
        if (options.role === 'MEMBER' && !options.department) {
          throw new CliError('MEMBER 用户须用 --department 指定所属部门 / a MEMBER needs --department');
        }
        const generated = options.passwordStdin ? null : randomBytes(12).toString('base64url');
        const password = generated ?? (await readStdin());
        if (password.length < 8) throw new CliError('密码至少 8 个字符 / the password needs 8 characters or more');
        const passwordHash = await hashPassword(password);
        const env = readEnv();
        const created = await withDatabase(env, async (db) => {
          let jurisdiction: { id: string; name: string } | null = null;
          if (options.jurisdiction) {
            jurisdiction = await findJurisdictionByName(db, options.jurisdiction);
            if (!jurisdiction) throw new CliError(`未找到行政区划“${options.jurisdiction}”`);
          }
          let departmentId: string | null = null;
          if (options.department) {
            departmentId = await departmentIdOf(db, options.department, jurisdiction);
          }
          try {
            return await createUser(db, {
              username,
              ...(options.displayName ? { displayName: options.displayName } : {}),
              passwordHash,
              role: options.role,
              departmentId,
              jurisdictionId: jurisdiction?.id ?? null,
            });
          } catch (error) {
            if (isDbError(error)) throw new CliError(error.message);
            throw error;
          }
        });
        process.stdout.write(
          `已新增用户 ${created.username}(${created.role})于 ${describeDatabase(env)}\n` +
            (generated ? `密码 / password: ${generated}   (只显示这一次 / shown only once)\n` : ''),
        );
      });
  },
};

/** A department by name or alias: within the jurisdiction when given, else the only one of that name. */
async function departmentIdOf(
  db: Parameters<typeof select>[0],
  name: string,
  jurisdiction: { id: string; name: string } | null,
): Promise<string> {
  if (jurisdiction) {
    const department = await findDepartmentByName(db, jurisdiction.id, name);
    if (!department) throw new CliError(`${jurisdiction.name}没有名为“${name}”的部门`);
    return department.id;
  }
  const rows = await select<{ id: string; jurisdiction: string }>(
    db,
    `SELECT d.id, j.name AS jurisdiction FROM department d JOIN jurisdiction j ON j.id = d.jurisdiction_id
     WHERE d.archived_at IS NULL AND (d.name = $1 OR $1 = ANY(d.aliases)) ORDER BY j.name`,
    [name.trim()],
  );
  const [only, ...others] = rows;
  if (!only) throw new CliError(`未找到名为“${name}”的部门`);
  if (others.length > 0) {
    throw new CliError(
      `多个行政区划都有“${name}”(${rows.map((row) => row.jurisdiction).join('、')}),请用 --jurisdiction 指定`,
    );
  }
  return only.id;
}
