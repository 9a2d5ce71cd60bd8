import { ReactNode } from 'react';

/**
 * Charts drawn with plain SVG and CSS: small, printable, and hidden from screen readers, because every
 * chart sits beside the table of its numbers (the table is what assistive technology reads).
 */

export interface Series {
  name: string;
  /** One of the app's chart colours, so series keep their colour from chart to chart. */
  colour: ChartColour;
  /** Null when withheld (a small number): drawn as a gap, never as zero. */
  values: (number | null)[];
}

export type ChartColour = 'blue' | 'yellow' | 'green' | 'purple' | 'grey' | 'red';

function Figure({ title, children, legend }: { title: string; children: ReactNode; legend?: Series[] }) {
  return (
    <figure className="app-chart">
      <figcaption className="nhsuk-heading-s">{title}</figcaption>
      {legend && legend.length > 1 && (
        <ul className="app-chart__legend" aria-hidden="true">
          {legend.map((s) => (
            <li key={s.name}>
              <span className={`app-chart__swatch app-chart--${s.colour}`} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      <div aria-hidden="true">{children}</div>
    </figure>
  );
}

const niceMax = (values: number[]) => {
  const max = Math.max(1, ...values);
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
};

/** One horizontal bar per category: the value's share of the largest, with the number at its end. */
export function BarChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const max = niceMax(series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  return (
    <Figure title={title} legend={series}>
      <dl className="app-chart__bars">
        {labels.map((label, i) => (
          <div className="app-chart__bar-row" key={label}>
            <dt>{label}</dt>
            {series.map((s) => {
              const value = s.values[i];
              return (
                <dd key={s.name} className="app-chart__bar-cell">
                  <span className={`app-chart__bar app-chart--${s.colour}`} style={{ width: `${((value ?? 0) / max) * 100}%` }} />
                  <span className="app-chart__value">{value === null ? 'withheld' : value}</span>
                </dd>
              );
            })}
          </div>
        ))}
      </dl>
    </Figure>
  );
}

/** Parts of a whole per category (outcomes per month), each bar as long as its total. */
export function StackedBarChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = niceMax(totals);
  return (
    <Figure title={title} legend={series}>
      <dl className="app-chart__bars">
        {labels.map((label, i) => (
          <div className="app-chart__bar-row" key={label}>
            <dt>{label}</dt>
            <dd className="app-chart__bar-cell">
              {series.map((s) => (
                <span key={s.name} className={`app-chart__bar app-chart--${s.colour}`} style={{ width: `${((s.values[i] ?? 0) / max) * 100}%` }} />
              ))}
              <span className="app-chart__value">{totals[i]}</span>
            </dd>
          </div>
        ))}
      </dl>
    </Figure>
  );
}

const WIDTH = 640;
const HEIGHT = 280;
const PAD = { left: 56, right: 16, top: 14, bottom: 34 };

/** Values over time: one line per series, with the axis scale and every other period labelled. */
export function LineChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const max = niceMax(series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const x = (i: number) => PAD.left + (labels.length < 2 ? 0 : (i / (labels.length - 1)) * (WIDTH - PAD.left - PAD.right));
  const y = (v: number) => HEIGHT - PAD.bottom - (v / max) * (HEIGHT - PAD.top - PAD.bottom);
  // A withheld value breaks the line rather than dropping it to zero.
  const paths = series.map((s) =>
    s.values
      .map((v, i) => (v === null ? null : `${i === 0 || s.values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter(Boolean)
      .join(' '),
  );
  const ticks = [0, max / 2, max];
  const every = Math.ceil(labels.length / 4);
  return (
    <Figure title={title} legend={series}>
      <svg className="app-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="presentation" focusable="false">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} className="app-chart__grid" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" className="app-chart__axis">
              {Math.round(t)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % every === 0 || i === labels.length - 1 ? (
            <text key={label} x={x(i)} y={HEIGHT - 10} textAnchor={i === 0 ? 'start' : i === labels.length - 1 ? 'end' : 'middle'} className="app-chart__axis">
              {label}
            </text>
          ) : null,
        )}
        {series.map((s, n) => (
          <g key={s.name} className={`app-chart__line app-chart--${s.colour}`}>
            <path d={paths[n]} />
            {s.values.map((v, i) => (v === null ? null : <circle key={i} cx={x(i)} cy={y(v)} r={3.5} />))}
          </g>
        ))}
      </svg>
    </Figure>
  );
}
