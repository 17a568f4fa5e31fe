// Commands for users: IT staff list them and help a locked-out clerk by resetting the password.
import { userNameKey } from '../../db/users';
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
  cli.print(tr('cli.users.resetDone', { name: reset.name }), { ok: true, user: reset });
  return EXIT.ok;
}

export const userCommands: CliCommand[] = [
  { words: ['users', 'list'], run: listUsers },
  { words: ['users', 'reset-password'], operands: 1, run: resetPassword },
];
