import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, apiLogin, DEMO_PASSWORD, launchBrowser, login, repoRoot, screenshot, seriousViolations, startApi, type Api } from './harness.js';

let api: Api;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
});
afterAll(async () => {
  // Either may be missing when startup failed; the failure is reported by beforeAll.
  await (browser as Browser | undefined)?.close();
  await (api as Api | undefined)?.stop();
});

async function newPage(): Promise<Page> {
  // Reduced motion: the app then turns antd's transitions off, so axe never measures a colour mid-transition.
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  return context.newPage();
}

describe('member unit', () => {
  it('logs in, reports progress and sees the light change', async () => {
    const page = await newPage();
    await page.goto(`${api.baseUrl}/login`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'login');

    // Validation before sending.
    await page.getByRole('button', { name: '登录' }).click();
    await expect.poll(() => page.getByText('请输入用户名').count()).toBe(1);

    await login(page, api.baseUrl, 'demo-lead', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '我的任务' }).waitFor();
    await page.getByRole('tab', { name: /牵头/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'my-tasks');

    // A lead task that is not green: report it done; its light turns green.
    const row = page.locator('tr[data-assignment]').filter({ has: page.locator('[data-light="RED"], [data-light="YELLOW"]') }).first();
    const assignmentId = await row.getAttribute('data-assignment');
    expect(assignmentId).toBeTruthy();
    await row.getByRole('button', { name: /填报进展/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('填报进展', { exact: true }).waitFor();
    await drawer.locator('label').filter({ hasText: /^已完成$/ }).click();
    await drawer.getByLabel('完成进度(%)').fill('100');
    await drawer.getByLabel('进展情况').fill('已按期完成全部工作,形成总结报告。');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'report-form');
    await drawer.getByRole('button', { name: /提交/ }).click();
    await drawer.getByRole('status').filter({ hasText: '已提交' }).waitFor();
    await expect.poll(() => drawer.getByRole('status').filter({ hasText: '已提交' }).locator('[data-light]').getAttribute('data-light')).toBe('GREEN');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(`tr[data-assignment="${assignmentId}"] [data-light]`).first().getAttribute('data-light')).toBe('GREEN');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.context().close();
  });
});

describe('office (admin)', () => {
  it('imports a seed document, corrects a unit, sees and exports the matrix, merges two departments', async () => {
    const page = await newPage();
    await login(page, api.baseUrl, 'admin', ADMIN_PASSWORD);
    await page.getByRole('heading', { level: 1, name: '总览' }).waitFor();
    await page.getByRole('heading', { name: '各部门进展' }).waitFor().catch(() => undefined);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'overview');

    // Import: paste a seed plan, read the parse report, confirm.
    await page.getByRole('link', { name: '政策文件' }).click();
    await page.getByRole('heading', { level: 1, name: '政策文件' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'documents');
    await page.getByRole('button', { name: '导入文件' }).click();
    const text = readFileSync(join(repoRoot, 'data/seeds/hongqi-district-2022.txt'), 'utf8');
    await page.getByLabel('粘贴文件全文').fill(text);
    await page.getByRole('button', { name: '解析文本' }).click();
    await page.getByRole('heading', { name: '解析报告' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Review: the unit in the source text leads to its row; point it at an existing department before anything
    // is written (another task than the first, so the drawer step below meets the matrix it expects).
    const task = '二/(一)/1/二是';
    const escaped = task.replace(/[()/]/g, '\\$&');
    const source = page.getByRole('region', { name: '原文(任务和责任单位已标出)' });
    await source.getByRole('button', { name: new RegExp(`^区总工会.*任务 ${escaped},`) }).click();
    const correct = page.getByRole('button', { name: `更正 区总工会(${task})` });
    await expect.poll(() => correct.evaluate((element) => element === document.activeElement)).toBe(true);
    await correct.click();
    const editor = page.getByRole('dialog', { name: '更正责任单位:区总工会' });
    await editor.getByRole('combobox', { name: '已有部门' }).click();
    await page.keyboard.type('市场监管');
    await page.keyboard.press('Enter');
    await editor.getByTitle('区市场监管局').waitFor();
    await editor.getByRole('button', { name: '保存更正' }).click();
    await editor.waitFor({ state: 'hidden' });
    await page.getByText('区总工会 → 区市场监管局').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-review');
    await page.getByRole('button', { name: '确认导入(含 1 处更正)' }).click();
    await page.getByRole('status').filter({ hasText: /已导入《/ }).waitFor();
    await page.getByText('已按 1 处更正写入。').waitFor();
    await page.getByRole('link', { name: '查看并核对责任矩阵' }).click();

    // The matrix of the imported document, with the corrected unit in place of the one the reader found.
    await page.getByRole('heading', { level: 1, name: '责任矩阵' }).waitFor();
    const firstCell = page.locator('.matrix-cell-button').first();
    await firstCell.waitFor();
    expect(await page.getByRole('button', { name: new RegExp(`^区市场监管局 在 ${escaped} 中配合`) }).count()).toBe(1);
    expect(await page.getByRole('button', { name: new RegExp(`^区总工会 在 ${escaped} 中`) }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'matrix');

    // Correct a unit: the cell's assignment moves to another department, in one write.
    const label = (await firstCell.getAttribute('aria-label')) ?? '';
    const [before, rest] = label.split(' 在 ');
    const taskPath = (rest ?? '').split(' 中')[0] ?? '';
    expect(before).toBeTruthy();
    await firstCell.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: `更正分工:${before}` }).waitFor();
    await drawer.getByLabel('更正责任单位(改为另一个部门)').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await drawer.getByText('已更正责任单位').waitFor();
    const after = ((await drawer.getByRole('heading', { name: /^更正分工:/ }).textContent()) ?? '').replace('更正分工:', '');
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
    await drawer.getByRole('button', { name: /close|关闭/i }).first().click();
    await drawer.waitFor({ state: 'hidden' });
    // The matrix shows the cell under the corrected department.
    await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(after)} 在 ${escapeRegExp(taskPath)} 中`) }).waitFor();

    // Export.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/责任矩阵\.xlsx$/);
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

    // Merge two departments of one jurisdiction.
    await page.getByRole('link', { name: '部门与成员单位' }).click();
    await page.getByRole('heading', { level: 1, name: '部门与成员单位' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'departments');
    const mergeButton = page.getByRole('button', { name: /^把另一个部门合并到/ }).first();
    const keepName = ((await mergeButton.getAttribute('aria-label')) ?? '').replace('把另一个部门合并到 ', '');
    await mergeButton.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('被合并的部门').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await dialog.getByRole('region', { name: '合并预览' }).waitFor();
    await screenshot(page, 'merge-preview');
    await dialog.getByRole('button', { name: '确定' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(keepName).toBeTruthy();

    for (const [link, heading, shot] of [
      ['联席会议', '联席会议', 'joint-meetings'],
      ['目标指标', '目标指标', 'targets'],
      ['跨地区对比', '跨地区对比', 'compare'],
    ] as const) {
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), shot).toEqual([]);
      await screenshot(page, shot);
    }
    await page.context().close();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('accessible and usable (GB/T 37668, 适老化)', () => {
  it('every main screen keeps its content at 200 % text zoom: nothing cut off, nothing only reachable by scrolling sideways', async () => {
    // 200 % zoom of a 1366 × 900 window is a 683 × 450 CSS viewport.
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 683, height: 450 } });
    const page = await context.newPage();
    await login(page, api.baseUrl, 'demo-lead', DEMO_PASSWORD);
    for (const path of ['/', '/matrix', '/documents', '/targets', '/overview']) {
      await page.goto(`${api.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      // The page itself never scrolls sideways (the matrix scrolls inside its own labelled region, by design).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
      // The navigation stays reachable.
      await page.getByRole('button', { name: '退出登录' }).waitFor();
    }
    await context.close();
  });

  it('Lighthouse: accessibility and best practices ≥ 0.95 on the login, home and matrix screens', async () => {
    const { default: lighthouse } = await import('lighthouse');
    const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
    // Lighthouse drives its own tab of a Chromium it reaches over the DevTools port; the session rides in a header.
    const port = 9300 + Math.floor(Math.random() * 500);
    const lhBrowser = await launchBrowser([`--remote-debugging-port=${port}`]);
    const token = await apiLogin(api.baseUrl, 'demo-lead', DEMO_PASSWORD);
    const scores: Record<string, Record<string, number | null>> = {};
    try {
      for (const [name, path, session] of [
        ['登录', '/login', false],
        ['我的任务', '/', true],
        ['责任矩阵', '/matrix', true],
      ] as const) {
        const result = await lighthouse(
          `${api.baseUrl}${path}`,
          {
            port,
            logLevel: 'error',
            onlyCategories: ['accessibility', 'best-practices'],
            ...(session ? { extraHeaders: { Cookie: `lianxi_session=${token}` } } : {}),
          },
          desktopConfig,
        );
        // Audited the screen itself, not a redirect to the login page.
        expect(new URL(result?.lhr.finalDisplayedUrl ?? '').pathname, name).toBe(path);
        const categories = result?.lhr.categories ?? {};
        scores[name] = {
          accessibility: categories.accessibility?.score ?? null,
          'best-practices': categories['best-practices']?.score ?? null,
        };
        const failed = Object.values(result?.lhr.audits ?? {})
          .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          .map((audit) => audit.id);
        console.info(`Lighthouse ${name} ${path}:`, scores[name], failed.length ? `failing audits: ${failed.join(', ')}` : '');
      }
    } finally {
      await lhBrowser.close();
    }
    for (const [name, byCategory] of Object.entries(scores)) {
      for (const [category, score] of Object.entries(byCategory)) {
        expect(score, `${name} ${category}`).toBeGreaterThanOrEqual(0.95);
      }
    }
  });
});
