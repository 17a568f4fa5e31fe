import { describe, expect, it } from 'vitest';
import { isOfficialLink } from './externalLinks';
import { debugSwitchIn, developmentSwitches } from './productionSwitches';

describe('debugging switches a packaged app refuses', () => {
  it('finds Chromium\'s and Node\'s debugging switches in every spelling Chromium reads', () => {
    expect(debugSwitchIn(['--remote-debugging-port=9222'], 'linux')).toBe('--remote-debugging-port');
    expect(debugSwitchIn(['--remote-debugging-pipe'], 'linux')).toBe('--remote-debugging-pipe');
    expect(debugSwitchIn(['--inspect'], 'linux')).toBe('--inspect');
    expect(debugSwitchIn(['--inspect-brk=0.0.0.0:9229'], 'linux')).toBe('--inspect-brk');
    expect(debugSwitchIn(['--js-flags=--expose-gc'], 'linux')).toBe('--js-flags');
    expect(debugSwitchIn(['-Remote-Debugging-Port=1'], 'linux')).toBe('-Remote-Debugging-Port');
    expect(debugSwitchIn(['/remote-debugging-port=1'], 'win32')).toBe('/remote-debugging-port');
    expect(debugSwitchIn(['/remote-debugging-port=1'], 'linux')).toBeNull(); // a path on Linux
  });

  it('leaves the app\'s own arguments alone', () => {
    expect(debugSwitchIn(['--data-dir', 'D:\\DuLieu', '--settings=x.json', '--inspector-notes'], 'win32')).toBeNull();
    expect(debugSwitchIn([], 'linux')).toBeNull();
  });
});

describe('development switches', () => {
  it('are honoured only when the app is not packaged', () => {
    const env = { DISTRICT_DESK_SQLITE_BINDING: '/x/better_sqlite3.node', DISTRICT_DESK_DEVTOOLS: '1' };
    expect(developmentSwitches(env, false)).toEqual({ sqliteBinding: '/x/better_sqlite3.node', devTools: true });
    expect(developmentSwitches(env, true)).toEqual({ sqliteBinding: undefined, devTools: false });
    expect(developmentSwitches({ DISTRICT_DESK_DEVTOOLS: 'yes' }, false)).toEqual({ sqliteBinding: undefined, devTools: false });
  });
});

describe('links the app opens in the system browser', () => {
  it('only https pages of the official legal-text hosts', () => {
    for (const url of [
      'https://thuvienphapluat.vn/van-ban/Vi-pham-hanh-chinh/Nghi-dinh-282-2013-ND-CP.aspx',
      'https://www.thuvienphapluat.vn/',
      'https://vanban.chinhphu.vn/?pageid=27160&docid=171380',
      'https://congbao.chinhphu.vn/',
      'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=32833',
    ]) {
      expect(isOfficialLink(url), url).toBe(true);
    }
    for (const url of [
      'http://thuvienphapluat.vn/',
      'https://thuvienphapluat.vn.evil.example/',
      'https://evilthuvienphapluat.vn/',
      'https://user:pw@vanban.chinhphu.vn/',
      'https://vanban.chinhphu.vn:8443/',
      'https://chinhphu.vn/',
      'https://example.org/',
      'file:///C:/Windows/System32/calc.exe',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isOfficialLink(url), url).toBe(false);
    }
  });
});
