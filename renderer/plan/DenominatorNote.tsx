import { useT } from '../app/i18n';

/** Wherever a figure uses the plan's frozen denominator, the live one is named beside it (DOMAIN: both shown). */
export function DenominatorNote({ frozen, live }: { frozen: number | null; live: number | null }) {
  const { t } = useT();
  if (frozen === null || live === null) return null;
  return <span className="dd-denominator-note"> ({t('plan.denominators', { frozen, live })})</span>;
}
