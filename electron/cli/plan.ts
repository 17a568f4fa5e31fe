// Commands of the annual plan: the year's targets and where the office stands.
import { EXIT, flag, Rejected, tr, UsageError, type CliCommand, type CommandContext } from './runtime';

function yearFlag(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d{4}$/.test(value)) throw new UsageError(`--year: ${tr('plan.error.year')}`);
  return Number(value);
}

const shown = (n: number | null) => (n === null ? '-' : String(n));

async function targets({ cli, args }: CommandContext): Promise<number> {
  const board = await cli.call('plan.dashboard', { year: yearFlag(flag(args, '--year')) });
  if (!board.plan) throw new Rejected({ code: 'NO_PLAN', messageKey: 'plan.error.noPlan', params: { year: String(board.year) } });
  const lines = board.figures.map((f) =>
    [
      f.code,
      f.value !== null ? `${f.value}%` : f.status === 'no_data' ? tr('plan.noDataYet') : '-',
      tr('plan.threshold', { value: f.threshold }),
      `${shown(f.frozenDenominator)} / ${shown(f.liveDenominator)}`,
      tr(`plan.status.${f.status}`),
      f.text,
    ].join('\t'),
  );
  cli.print([tr('plan.title', { year: String(board.year) }), ...lines].join('\n'), { year: board.year, plan: board.plan, figures: board.figures });
  return EXIT.ok;
}

export const planCommands: CliCommand[] = [{ words: ['targets'], valueFlags: ['--year'], run: targets }];
