// Commands for users: IT staff list them and help a locked-out clerk by resetting the password.
import { userNameKey } from '../../db/users';
import type { OneTimeCode } from '../users/oneTimeCode';
import { EXIT, Rejected, tr, type CliCommand, type CommandContext } from './runtime';

async function listUsers({ cli }: CommandContext): Promise<number> {
  const users = await cli.call('users.list', {});
  const lines = users.map((u) =>
    [u.name, tr(`role.${u.role}`), tr(u.active ? 'users.active' : 'users.inactive'), `${tr('users.password')}: ${tr(u.passwordSet ? 'users.passwordSet' : 'users.passwordUnset')}`].join('\t'),
  );
  cli.print(lines.join('\n'), users);
  return EXIT.ok;
}

async function resetPassword({ cli, operands: [name = ''] }: CommandContext): Promise<number> {
  const key = userNameKey(name);
  const user = (await cli.call('users.list', {})).find((u) => userNameKey(u.name) === key);
  if (!user) throw new Rejected({ code: 'USER_NOT_FOUND', messageKey: 'users.notFound' });
  const reset = await cli.call('users.resetPassword', { id: user.id });
  const lines = [tr('cli.users.resetDone', { name: reset.name }), ...(reset.oneTimeCode ? [codeLine(reset.name, reset.oneTimeCode)] : [])];
  cli.print(lines.join('\n'), { ok: true, user: reset });
  return EXIT.ok;
}

/** The one-time code for IT staff to hand over: who it is for, the code, until when (Vietnam time). */
export function codeLine(name: string, code: OneTimeCode): string {
  return tr('cli.users.oneTimeCode', { name, code: code.code, until: vnDateTime(code.expiresAt) });
}

function vnDateTime(iso: string): string {
  return new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** `users unlock NAME`: clears the wrong-password wait for a name (an administrator locked out by someone typing it). */
async function unlockUser({ cli, operands: [name = ''] }: CommandContext): Promise<number> {
  const done = await cli.call('users.unlock', { name });
  cli.print(tr(done.cleared ? 'cli.users.unlocked' : 'cli.users.notLocked', { name: done.name }), { ok: true, ...done });
  return EXIT.ok;
}

export const userCommands: CliCommand[] = [
  { words: ['users', 'list'], run: listUsers },
  { words: ['users', 'reset-password'], operands: 1, run: resetPassword },
  { words: ['users', 'unlock'], operands: 1, run: unlockUser },
];
