import type { Handler } from '../api/router';
import { revealReporter } from './redact';

export const caseRevealHandlers: { 'cases.revealReporter': Handler<'cases.revealReporter'> } = {
  'cases.revealReporter': ({ app }, { id }) => revealReporter(app.db, id),
};
