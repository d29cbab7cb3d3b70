import { openDatabase } from '@lianxi/db';
import { firstStart, type StartReport } from './bootstrap/first-start.js';
import { loadEnv } from './env.js';
import { createServer } from './server.js';

/** The only file that listens: reads the environment, opens (and migrates) the database, seeds it once, serves. */
const env = loadEnv();
const db = await openDatabase(
  env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR },
);
const start = await firstStart(db, {
  seedsDir: env.SEEDS_DIR,
  adminPassword: env.ADMIN_PASSWORD,
  seedDemo: env.SEED_DEMO,
});
const server = await createServer({
  db,
  production: env.NODE_ENV === 'production',
  introspection: env.INTROSPECTION,
  trustProxy: env.TRUST_PROXY,
  bodyLimit: env.BODY_LIMIT,
  auth: {
    idleMinutes: env.SESSION_IDLE_MINUTES,
    absoluteHours: env.SESSION_ABSOLUTE_HOURS,
    maxFailures: env.LOGIN_MAX_FAILURES,
    windowMinutes: env.LOGIN_WINDOW_MINUTES,
  },
  adminDistDir: env.ADMIN_DIST_DIR,
});
const listener = server.app.listen(env.PORT, () => {
  process.stdout.write(banner(start, `http://localhost:${env.PORT}`));
});
const shutdown = () => {
  listener.close();
  void server.close().then(() => db.destroy());
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

function banner(report: StartReport, base: string): string {
  const where = env.DATABASE_URL
    ? `PostgreSQL (${new URL(env.DATABASE_URL).host})`
    : `PGlite (${env.DATA_DIR})`;
  const lines = [
    '',
    '联席 Lianxi API',
    `  数据库 / database:   ${where}`,
    `  GraphQL:             ${base}/graphql`,
    `  调试台 / playground: ${base}/graphql (在浏览器中打开 / open in a browser)`,
  ];
  if (report.initialised) {
    lines.push('', '首次启动:已初始化数据库 / first start: database initialised');
    for (const plan of report.imported) {
      lines.push(`  导入 ${plan.file}: ${plan.title}(${plan.tasks} 项任务,${plan.assignments} 项分工)`);
    }
  }
  lines.push('', '登录 / logins:');
  if (report.generatedAdminPassword) {
    lines.push(
      `  admin / ${report.generatedAdminPassword}   ← 管理员随机密码,只显示这一次 / random, shown only once`,
    );
  } else {
    lines.push('  admin / (ADMIN_PASSWORD 或首次启动时打印的密码 / as set at first start)');
  }
  for (const login of report.demoLogins) {
    lines.push(`  ${login.username} / ${login.password}   ${login.role} · ${login.scope}(演示账号 / demo)`);
  }
  return `${lines.join('\n')}\n\n`;
}
