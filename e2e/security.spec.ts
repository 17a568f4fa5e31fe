import { expect, test } from './fixtures';

test.describe('security', () => {
  test('the renderer has no Node and only the contract\'s API', async ({ desk }) => {
    const globals = await desk.page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' });
  });

  test('a page cannot open new windows or navigate away', async ({ desk }) => {
    test.skip(desk.shell !== 'electron', 'window and navigation guards belong to the Electron shell');
    const page = desk.page;
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => Object.keys(window.api ?? {}).length)).toBeGreaterThan(5);
  });

  test('the loopback host refuses calls without its token and files outside the build', async ({ desk, request }) => {
    test.skip(desk.shell !== 'chromium', 'the loopback host exists only in the browser run');
    const origin = new URL(desk.page.url()).origin;
    const noToken = await request.post(`${origin}/api/app.status`, { data: {} });
    expect(await noToken.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const traversal = await request.get(`${origin}/..%2f..%2fpackage.json`);
    expect(traversal.status()).toBe(404);
    const page = await request.get(`${origin}/`);
    expect(page.headers()['content-security-policy']).toContain("script-src 'self'");
  });
});
