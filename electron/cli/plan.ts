// Commands of the annual plan: the year's targets and where the office stands; periodic reports.
import fs from 'node:fs';
import { reportToPdf } from '../plan/reportPdf';
import { printToFile } from './printing';
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
      // A count target shows the count (3500), a rate its percentage.
      f.value !== null ? (f.thresholdKind === 'count' ? String(f.value) : tr('figures.percent', { value: f.value })) : f.status === 'no_data' ? tr('plan.noDataYet') : '-',
      f.numerator !== null ? tr('plan.value.ratio', { numerator: f.numerator, denominator: shown(f.denominator) }) : '-',
      f.thresholdKind === 'count' ? tr('plan.thresholdCount', { value: f.threshold }) : tr('plan.threshold', { value: f.threshold }),
      f.kind === 'computed' ? tr('cli.denominators', { frozen: shown(f.frozenDenominator), live: shown(f.liveDenominator) }) : '',
      tr(`plan.status.${f.status}`),
      f.text,
    ].join('\t'),
  );
  cli.print([tr('plan.title', { year: String(board.year) }), ...lines].join('\n'), { year: board.year, plan: board.plan, figures: board.figures });
  return EXIT.ok;
}

/**
 * `report --period 2026-Q3 [--format pdf|xlsx] --out FILE`, or `report --regenerate ID --out FILE` for a report
 * made before (same figures, from its recorded change-log sequence). A PDF needs a Chromium (NO_RENDERER).
 */
async function report({ cli, args }: CommandContext): Promise<number> {
  const out = flag(args, '--out');
  const again = flag(args, '--regenerate');
  const period = flag(args, '--period');
  const format = flag(args, '--format') ?? (out?.toLowerCase().endsWith('.pdf') ? 'pdf' : 'xlsx');
  if (!out || (!again && !period)) throw new UsageError(tr('cli.usage.plan'));
  if (format !== 'xlsx' && format !== 'pdf') throw new UsageError(`--format: ${tr('validation.choice')}`);
  const make = () => (again ? cli.call('reports.regenerate', { id: again, format }) : cli.call('reports.make', { period: period ?? '', format }));
  let made: Awaited<ReturnType<typeof make>>;
  let pages: number | undefined;
  if (format === 'pdf') {
    let document: Awaited<ReturnType<typeof make>> | undefined;
    pages = await printToFile(out, async (chromium) => {
      document = await make();
      return reportToPdf(document.document, chromium);
    });
    if (!document) throw new Error('report not made');
    made = document;
  } else {
    made = await make();
    fs.writeFileSync(out, Buffer.from(made.bytes, 'base64'));
  }
  const summary = { id: made.id, period: made.period, from: made.document.from, to: made.document.to, asOf: made.asOf, changeLogSeq: made.changeLogSeq, format, file: out, ...(pages === undefined ? {} : { pages }) };
  cli.print(tr('report.done', { period: made.period, asOf: made.asOf, seq: String(made.changeLogSeq), file: out }), { ok: true, ...summary });
  return EXIT.ok;
}

/** `report layout`: the report's rows (id, version, wording; a hidden table is marked). */
async function layout({ cli }: CommandContext): Promise<number> {
  const rows = await cli.call('reports.layout', {});
  const lines = rows.map((r) => [r.id, `v${r.version}`, r.shown ? '' : tr('report.layout.hidden'), r.text, r.columns.map(([, label]) => label).join(' | ')].join('\t'));
  cli.print(lines.join('\n'), { rows });
  return EXIT.ok;
}

/** `report label ID TEXT [--hide|--show]`: the province changes a row's wording (offices get it in the configuration package). */
async function label({ cli, args, operands: [id, text] }: CommandContext): Promise<number> {
  if (!id || text === undefined || (args.flags.has('--hide') && args.flags.has('--show'))) throw new UsageError(tr('cli.usage.plan'));
  const shown = args.flags.has('--hide') ? false : args.flags.has('--show') ? true : undefined;
  const rows = await cli.call('reports.setLayout', { id, text, ...(shown === undefined ? {} : { shown }) });
  const version = rows.reduce((v, r) => Math.max(v, r.version), 1);
  cli.print(tr('report.layout.saved', { version }), { ok: true, version, row: rows.find((r) => r.id === id) });
  return EXIT.ok;
}

export const planCommands: CliCommand[] = [
  { words: ['targets'], valueFlags: ['--year'], run: targets },
  { words: ['report'], valueFlags: ['--period', '--out', '--format', '--regenerate'], run: report },
  { words: ['report', 'layout'], run: layout },
  { words: ['report', 'label'], operands: 2, booleanFlags: ['--hide', '--show'], run: label },
];
