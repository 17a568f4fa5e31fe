// Commands of the training area: the staff register import and the list of courses with T12.
import { EXIT, flag, tr, UsageError, type CliCommand, type CommandContext } from './runtime';
import { runSheetImport } from './sheetImport';

const importStaff = (context: CommandContext) =>
  runSheetImport(
    { read: 'staff.importRead', preview: 'staff.importPreview', commit: 'staff.importCommit', fieldPrefix: 'staff.field.', doneKey: 'staff.import.done' },
    context,
  );

async function listCourses({ cli, args }: CommandContext): Promise<number> {
  const yearText = flag(args, '--year');
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) throw new UsageError(tr('cli.training.badYear'));
  const courses = await cli.call('training.courses', { year });
  const figureYear = year ?? new Date().getFullYear();
  const t12 = (await cli.call('training.figures', { year: figureYear })).find((f) => f.id === 'T12');
  const lines = courses.map((c) =>
    [c.startDate, c.endDate, c.title, tr('training.course.summary', { participants: c.participantCount, completed: c.completedCount, sessions: c.sessionCount })].join('\t'),
  );
  cli.print(
    [...lines, tr('cli.training.count', { count: courses.length }), tr('cli.training.figure', { year: figureYear, numerator: t12?.numerator ?? 0, denominator: t12?.denominator ?? 0 })].join('\n'),
    { year, courses, t12 },
  );
  return EXIT.ok;
}

export const trainingCommands: CliCommand[] = [
  { words: ['staff', 'import'], operands: 1, booleanFlags: ['--dry-run', '--valid-only'], run: importStaff },
  { words: ['training', 'list'], valueFlags: ['--year'], run: listCourses },
];
