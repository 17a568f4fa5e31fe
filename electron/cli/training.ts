// Commands of the training area: the staff register and the list of courses with T12.
import { localYear } from '../../db/localDate';
import { normalizeForSearch } from '../../db/text';
import { signInToPdf } from '../training/signInPdf';
import { printToFile } from './printing';
import { denominators, EXIT, flag, Rejected, tr, UsageError, type CliCommand, type CommandContext } from './runtime';
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
  const figureYear = year ?? localYear();
  const t12 = (await cli.call('training.figures', { year: figureYear })).find((f) => f.id === 'T12');
  const lines = courses.map((c) =>
    [c.id, c.startDate, c.endDate, c.title, tr('training.course.summary', { participants: c.participantCount, completed: c.completedCount, sessions: c.sessionCount })].join('\t'),
  );
  cli.print(
    [...lines, tr('cli.training.count', { count: courses.length }), tr('cli.training.figure', { year: figureYear, numerator: t12?.numerator ?? 0, denominator: t12?.denominator ?? 0 }) + (t12 ? denominators(t12) : '')].join('\n'),
    { year, courses, t12 },
  );
  return EXIT.ok;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A course by its id (as `training list` prints it) or by its title, typed with or without diacritics. */
async function findCourse(cli: CommandContext['cli'], course: string): Promise<string> {
  if (UUID.test(course)) return course;
  const wanted = normalizeForSearch(course);
  const courses = await cli.call('training.courses', { year: null });
  const exact = courses.filter((c) => normalizeForSearch(c.title) === wanted);
  const matches = exact.length > 0 ? exact : courses.filter((c) => normalizeForSearch(c.title).includes(wanted));
  const [only] = matches;
  if (only && matches.length === 1) return only.id;
  if (matches.length === 0) throw new Rejected({ code: 'NOT_FOUND', messageKey: 'cli.training.noCourse', params: { course } });
  throw new Rejected({ code: 'AMBIGUOUS', messageKey: 'cli.training.manyCourses', params: { course, titles: matches.map((c) => `${c.id} ${c.title}`).join('; ') } });
}

async function printSignIn({ cli, args, operands: [course = ''] }: CommandContext): Promise<number> {
  const out = flag(args, '--out');
  const sessionText = flag(args, '--session');
  if (!out || sessionText === undefined) throw new UsageError(tr('cli.usage.training'));
  const sessionNo = Number(sessionText);
  if (!Number.isInteger(sessionNo) || sessionNo < 1) throw new UsageError(tr('cli.training.badSession'));
  const courseId = await findCourse(cli, course);
  // A wrong course or session number is told before looking for a renderer.
  const sheet = await cli.call('training.signInSheet', { courseId, sessionNo });
  const people = sheet.participants.length;
  const pages = await printToFile(out, (chromium) => signInToPdf(sheet, chromium));
  cli.print(tr('cli.training.signInWritten', { pages, people, file: out }), { ok: true, file: out, pages, participants: people });
  return EXIT.ok;
}

export const trainingCommands: CliCommand[] = [
  { words: ['staff', 'import'], operands: 1, booleanFlags: ['--dry-run', '--valid-only'], run: importStaff },
  { words: ['training', 'list'], valueFlags: ['--year'], run: listCourses },
  { words: ['training', 'print-signin'], operands: 1, valueFlags: ['--session', '--out'], run: printSignIn },
];
