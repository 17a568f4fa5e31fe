import type { AppContext } from '../api/context';

/** What the recovery page shows: the damage, and the newest automatic backup that checks out. */
export function recoveryStatus(app: AppContext) {
  const problem = app.databaseProblem();
  if (!problem) return null;
  const good = problem.newestGoodBackup;
  return {
    reason: problem.reason,
    detail: problem.detail,
    newestGoodBackup: good && {
      file: good.file,
      createdAt: good.createdAt,
      sizeBytes: good.sizeBytes,
      officeName: good.officeName,
      unitCode: good.unitCode,
    },
  };
}
