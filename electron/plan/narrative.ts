/** The office's own words in a periodic report: results, difficulties, proposals. */
export interface ReportNarrative {
  results: string;
  difficulties: string;
  proposals: string;
}

export const EMPTY_NARRATIVE: ReportNarrative = { results: '', difficulties: '', proposals: '' };

/** As stored in period_report.narrative: JSON of the three parts (a plain text from earlier versions is the results). */
export function storeNarrative(n: ReportNarrative): string {
  return JSON.stringify(n);
}

export function readNarrative(stored: string): ReportNarrative {
  if (stored.startsWith('{')) {
    try {
      const value = JSON.parse(stored) as Partial<ReportNarrative>;
      return {
        results: typeof value.results === 'string' ? value.results : '',
        difficulties: typeof value.difficulties === 'string' ? value.difficulties : '',
        proposals: typeof value.proposals === 'string' ? value.proposals : '',
      };
    } catch {
      // Not JSON after all: a plain text narrative.
    }
  }
  return { ...EMPTY_NARRATIVE, results: stored };
}
