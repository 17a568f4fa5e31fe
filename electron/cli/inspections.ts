// Commands of inspections: the year's list, and printing checklists to PDF where Chromium is installed.
import { localYear } from '../../db/localDate';
import { sheetsToPdf } from '../inspections/pdf';
import { printToFile } from './printing';
import { denominators, EXIT, flag, tr, UsageError, type CliCommand, type CommandContext } from './runtime';

async function list({ cli, args }: CommandContext): Promise<number> {
  const yearFlag = flag(args, '--year');
  const year = yearFlag === undefined ? localYear() : Number(yearFlag);
  if (!Number.isInteger(year)) throw new UsageError(tr('validation.number'));
  const rows = await cli.call('inspections.list', { year });
  const lines = rows.map((r) =>
    [r.code, r.businessName, r.communeName, tr(`inspections.status.${r.status}`), r.inspectedOn ?? '', r.violations, r.planTitle].join('\t'),
  );
  // T9 as the dashboard computes it (inspections.figures calls the plan's figure function).
  const t9 = (await cli.call('inspections.figures', { year })).targets.find((f) => f.indicatorId === 'inspections.coverage') ?? null;
  const figure = t9
    ? [tr('cli.inspections.figure', { year: String(year), numerator: t9.numerator, denominator: t9.denominator, percent: t9.value ?? 0 }) + denominators(t9)]
    : [];
  cli.print([...lines, tr('cli.inspections.listCount', { count: rows.length, year: String(year) }), ...figure].join('\n'), { year, rows, t9 });
  return EXIT.ok;
}

async function print({ cli, args, operands: [code] }: CommandContext): Promise<number> {
  const planId = flag(args, '--plan');
  const out = flag(args, '--out');
  if (!out || (code === undefined) === (planId === undefined)) throw new UsageError(tr('cli.usage.inspections'));
  let count = 0;
  const pages = await printToFile(out, async (chromium) => {
    const sheets = await cli.call('inspections.printSheets', { code: code ?? null, planId: planId ?? null, minutes: args.flags.has('--minutes') });
    count = sheets.length;
    return sheetsToPdf(sheets, chromium);
  });
  cli.print(tr('inspections.print.written', { pages, sheets: count, file: out }), { ok: true, file: out, pages, sheets: count });
  return EXIT.ok;
}

export const inspectionCommands: CliCommand[] = [
  { words: ['inspections', 'list'], valueFlags: ['--year'], run: list },
  { words: ['inspections', 'print'], optionalOperands: 1, valueFlags: ['--plan', '--out'], booleanFlags: ['--minutes'], run: print },
];
