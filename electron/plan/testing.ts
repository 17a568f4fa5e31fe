import { afterEach } from 'vitest';
import { TestApp } from '../testing/factories';

/**
 * Offices with an administrator signed in and the clock fixed, closed after each test of the file that
 * calls this at its top level.
 */
export function adminOffices(): (now: string) => Promise<TestApp> {
  let apps: TestApp[] = [];
  afterEach(() => {
    apps.forEach((a) => a.close());
    apps = [];
  });
  return async (now) => {
    const app = await TestApp.withOffice();
    apps.push(app);
    await app.ok('session.signIn', { name: 'Quản trị', password: 'mat-khau-123' });
    app.running.app.now = () => now;
    return app;
  };
}
