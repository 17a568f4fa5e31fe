// Commands of inspections: the year's list, printing checklists to PDF where Chromium is installed, reading scanned ones.
import path from 'node:path';
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

/**
 * Reads a scanned batch in the worker, as the window does; without --dry-run saves each draft inspection's
 * clear answers (where nothing different is typed) through inspections.saveFromScan. Uncertain items and
 * unidentified pages are listed for a person, never written.
 */
async function scan({ cli, args, operands: [file] }: CommandContext): Promise<number> {
  if (!file) throw new UsageError(tr('cli.usage.scan'));
  const dryRun = args.flags.has('--dry-run');
  const { jobId } = await cli.call('inspections.scanStart', { file: path.resolve(file) });
  for (;;) {
    const job = await cli.call('jobs.get', { jobId });
    if (job.state === 'failed') throw new UsageError(tr(job.error?.messageKey ?? 'errors.internal'));
    if (job.state !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const batch = await cli.call('inspections.scanned', { jobId });
  let saved = 0;
  const inspections = [];
  for (const inspection of batch.inspections) {
    let count = 0;
    if (!dryRun && inspection.status !== 'final') {
      const review = await cli.call('inspections.scanReview', { jobId, code: inspection.code });
      const conflicted = new Set(inspection.conflicts.map((c) => c.key));
      const answers = review.items.filter((i) => i.status === 'read' && !conflicted.has(i.key)).map((i) => ({ itemKey: i.key, value: i.value }));
      count = (await cli.call('inspections.saveFromScan', { jobId, code: inspection.code, answers })).saved;
    }
    saved += count;
    inspections.push({ ...inspection, saved: count });
  }
  const lines = [
    ...inspections.map((i) => tr('inspections.scan.inspection', { code: i.code, name: i.businessName, read: i.read, uncertain: i.uncertain, blank: i.blank })),
    ...batch.pages.filter((p) => p.failure).map((p) => tr('cli.inspections.scanPage', { index: p.index, what: tr(`inspections.scan.failure.${p.failure ?? 'noCode'}`) })),
  ];
  const rate = batch.ms > 0 ? (batch.pages.length / (batch.ms / 1000)).toFixed(2) : '0';
  const identified = batch.pages.length - batch.unidentified.length;
  const mode = tr(dryRun ? 'cli.inspections.scanDry' : 'cli.inspections.scanWrote');
  lines.push(tr('cli.inspections.scanSummary', { pages: batch.pages.length, identified, unidentified: batch.unidentified.length, saved, mode, rate }));
  cli.print(lines.join('\n'), { ...batch, inspections, saved, dryRun });
  return EXIT.ok;
}

export const inspectionCommands: CliCommand[] = [
  { words: ['inspections', 'scan'], operands: 1, booleanFlags: ['--dry-run'], run: scan },
  { words: ['inspections', 'list'], valueFlags: ['--year'], run: list },
  { words: ['inspections', 'print'], optionalOperands: 1, valueFlags: ['--plan', '--out'], booleanFlags: ['--minutes'], run: print },
];
