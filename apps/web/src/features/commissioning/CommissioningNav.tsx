import { SecondaryNav } from '../../components/navigation';

const PAGES = [
  ['usage', 'Usage', '/commissioning/usage'],
  ['demand', 'Demand and risk', '/commissioning/demand'],
  ['freshness', 'Listing freshness', '/commissioning/freshness'],
  ['wellbeing', 'Wellbeing', '/commissioning/wellbeing'],
  ['equity', 'Equity of access', '/commissioning/equity'],
] as const;

/** Between the report dashboards. */
export function CommissioningNav({ current }: { current: (typeof PAGES)[number][0] }) {
  return <SecondaryNav label="Reports" items={PAGES.map(([key, text, to]) => ({ to, text, current: key === current }))} />;
}
