import { useT } from '../app/i18n';

const WIDTH = 360;
const HEIGHT = 120;
const PAD = 24;

/** Monthly value (0..100%) as a line against the target as a dashed line; plain SVG, no chart library. */
export function MonthlyChart({ code, monthly, threshold }: { code: string; monthly: { month: number; value: number | null }[]; threshold: number }) {
  const { t } = useT();
  const x = (month: number) => PAD + (month / 11) * (WIDTH - 2 * PAD);
  const y = (value: number) => HEIGHT - PAD - (Math.min(value, 100) / 100) * (HEIGHT - 2 * PAD);
  const points = monthly.filter((m): m is { month: number; value: number } => m.value !== null);
  const title = t('plan.chart.monthly', { code });
  return (
    <figure className="dd-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} width={WIDTH} height={HEIGHT}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="dd-chart-axis" />
        <line x1={PAD} x2={WIDTH - PAD} y1={y(threshold)} y2={y(threshold)} className="dd-chart-target" />
        <polyline points={points.map((p) => `${x(p.month)},${y(p.value)}`).join(' ')} className="dd-chart-line" />
        {points.map((p) => (
          <circle key={p.month} cx={x(p.month)} cy={y(p.value)} r={3} className="dd-chart-dot">
            <title>{`${t('plan.chart.month', { month: String(p.month + 1) })}: ${t('figures.percent', { value: p.value ?? 0 })}`}</title>
          </circle>
        ))}
        {[0, 3, 6, 9, 11].map((m) => (
          <text key={m} x={x(m)} y={HEIGHT - 6} className="dd-chart-label" textAnchor="middle">
            {t('plan.chart.month', { month: String(m + 1) })}
          </text>
        ))}
        <text x={WIDTH - PAD} y={y(threshold) - 4} className="dd-chart-label" textAnchor="end">
          {t('plan.threshold', { value: threshold })}
        </text>
      </svg>
      <figcaption className="dd-hint">{title}</figcaption>
    </figure>
  );
}

/** Communes as a bar list, highest first (the API sorts them). */
export function CommuneBars({ code, communes }: { code: string; communes: { communeCode: string; communeName?: string; value: number; numerator: number; denominator: number }[] }) {
  const { t } = useT();
  return (
    <figure className="dd-chart">
      <figcaption className="dd-hint">{t('plan.chart.communes', { code })}</figcaption>
      {/* A unit of 65 communes would make the page endless: the list scrolls (and takes the keyboard). */}
      <ul className="dd-bars" tabIndex={communes.length > 8 ? 0 : undefined} aria-label={t('plan.chart.communes', { code })}>
        {communes.map((c) => (
          <li key={c.communeCode} className="dd-bar-row">
            <span className="dd-bar-name" title={c.communeName ?? c.communeCode}>
              {c.communeName ?? c.communeCode}
            </span>
            <span className="dd-bar-track" aria-hidden>
              <span className="dd-bar-fill" style={{ width: `${Math.min(c.value, 100)}%` }} />
            </span>
            <span className="dd-bar-value">
              {t('figures.percent', { value: c.value })} ({t('plan.value.ratio', { numerator: c.numerator, denominator: c.denominator })})
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
