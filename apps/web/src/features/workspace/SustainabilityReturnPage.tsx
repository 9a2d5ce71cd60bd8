import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { DateInput, Select, TextInput } from '../../components/form-fields';
import { graphql } from '../../gql';
import type { FundingKind } from '../../gql/graphql';
import { recentQuarters } from './returns-format';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const SUBMIT = graphql(`
  mutation SubmitSustainabilityReturn($input: SustainabilityReturnInput!) {
    submitSustainabilityReturn(input: $input) {
      id
    }
  }
`);

const KINDS: { value: FundingKind; label: string }[] = [
  { value: 'NHS', label: 'NHS' },
  { value: 'LOCAL_AUTHORITY', label: 'Local council' },
  { value: 'GRANT', label: 'Grant (charity, lottery, trust)' },
  { value: 'DONATIONS', label: 'Donations' },
  { value: 'TRADING', label: 'Trading (sales, fees, café)' },
  { value: 'OTHER', label: 'Other' },
];

interface Source {
  source: string;
  kind: FundingKind;
  amount: string;
  endsOn: string;
}

const MONEY = /^\d+(\.\d{1,2})?$/;
const pence = (pounds: string) => Math.round(Number(pounds.replace(/[£,\s]/g, '')) * 100);

/** A quarter's funding, people and money: what the sustainability risk is worked out from. */
export function SustainabilityReturnPage() {
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const submit = useMutation(SUBMIT);
  const quarters = recentQuarters(4);
  const [fields, setFields] = useState({ period: quarters[0], volunteers: '', paidStaffFte: '', monthlyCosts: '', reservesMonths: '' });
  const [sources, setSources] = useState<Source[]>([{ source: '', kind: 'GRANT', amount: '', endsOn: '' }]);
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (key: keyof typeof fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const setSource = (i: number, change: Partial<Source>) => setSources((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const back = `/organisations/${organisationId}/returns`;

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const used = sources.filter((s) => s.source.trim() || s.amount.trim());
    used.forEach((s) => {
      const i = sources.indexOf(s);
      if (!s.source.trim()) problems[`fundingSources.${i}.source`] = `Funding ${i + 1}: enter where the money comes from`;
      if (!MONEY.test(s.amount.replace(/[£,\s]/g, '')))
        problems[`fundingSources.${i}.annualAmountPence`] = `Funding ${i + 1}: enter the amount a year in pounds, like 2500`;
      if (s.endsOn.startsWith('partial:')) problems[`fundingSources.${i}.endsOn-day`] = `Funding ${i + 1}: enter the whole date it ends, or leave it empty`;
    });
    if (!/^\d+$/.test(fields.volunteers.trim())) problems.volunteers = 'Enter the number of volunteers (0 if none)';
    if (!/^\d+(\.\d+)?$/.test(fields.paidStaffFte.trim())) problems.paidStaffFte = 'Enter paid staff as a number, like 0 or 1.5';
    if (!MONEY.test(fields.monthlyCosts.replace(/[£,\s]/g, ''))) problems.monthlyCosts = 'Enter your costs a month in pounds, like 800';
    if (!/^\d+(\.\d+)?$/.test(fields.reservesMonths.trim())) problems.reservesMonths = 'Enter how many months your reserves would last, like 3';
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const input = {
      organisationId,
      period: fields.period,
      fundingSources: used.map((s) => ({ source: s.source.trim(), kind: s.kind, annualAmountPence: pence(s.amount), endsOn: s.endsOn || null })),
      volunteers: Number(fields.volunteers),
      paidStaffFte: Number(fields.paidStaffFte),
      monthlyCostsPence: pence(fields.monthlyCosts),
      reservesMonths: Number(fields.reservesMonths),
    };
    if (await submit.run({ input })) void navigate(`${back}?done=sustainability`);
  };

  const targets: Record<string, string> = { monthlyCostsPence: 'monthlyCosts' };
  const fromApi = Object.fromEntries((submit.error?.problems ?? []).map((p) => [targets[p.field] ?? p.field, p.message]));
  const errors: Record<string, string> = { ...fromApi, ...local };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (submit.error && !submit.error.problems.length) summary.push({ target: '', message: submit.error.message });

  return (
    <WorkspaceFrame title="File a sustainability return" back={{ to: back, text: 'Back to returns' }}>
      <ErrorSummary items={summary} />
      <p>
        Once a quarter: where your money comes from and when it ends, and who keeps the group going. Commissioners use this to see which groups need support.
      </p>
      <form onSubmit={send} noValidate>
        <Select
          id="period"
          label="Quarter"
          value={fields.period}
          options={quarters.map((q) => ({ value: q, label: q.replace('-Q', ' quarter ') }))}
          onChange={set('period')}
        />
        <h2 className="nhsuk-heading-m">Funding</h2>
        {sources.map((s, i) => (
          <fieldset className="nhsuk-fieldset app-slot" key={i}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Funding {i + 1}</legend>
            <TextInput
              id={`fundingSources.${i}.source`}
              label="Where it comes from"
              hint="For example “National Lottery Awards for All”"
              value={s.source}
              onChange={(source) => setSource(i, { source })}
              error={errors[`fundingSources.${i}.source`]}
            />
            <Select
              id={`fundingSources.${i}.kind`}
              label="Kind of funding"
              value={s.kind}
              options={KINDS}
              onChange={(kind) => setSource(i, { kind: kind as FundingKind })}
            />
            <TextInput
              id={`fundingSources.${i}.annualAmountPence`}
              label="Amount a year, in pounds"
              value={s.amount}
              onChange={(amount) => setSource(i, { amount })}
              width="10"
              inputMode="numeric"
              error={errors[`fundingSources.${i}.annualAmountPence`]}
            />
            <DateInput
              id={`fundingSources.${i}.endsOn`}
              legend="When it ends (optional)"
              hint="Leave empty if it does not end"
              value={s.endsOn}
              onChange={(endsOn) => setSource(i, { endsOn })}
              error={errors[`fundingSources.${i}.endsOn-day`]}
            />
            {sources.length > 1 && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => setSources((all) => all.filter((_, j) => j !== i))}
              >
                Remove funding {i + 1}
              </button>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => setSources((all) => [...all, { source: '', kind: 'GRANT', amount: '', endsOn: '' }])}
        >
          Add more funding
        </button>
        <h2 className="nhsuk-heading-m">People and money</h2>
        <TextInput
          id="volunteers"
          label="Volunteers"
          value={fields.volunteers}
          onChange={set('volunteers')}
          width="4"
          inputMode="numeric"
          error={errors.volunteers}
        />
        <TextInput
          id="paidStaffFte"
          label="Paid staff, as full-time equivalents"
          hint="Two people working half-time is 1"
          value={fields.paidStaffFte}
          onChange={set('paidStaffFte')}
          width="4"
          inputMode="numeric"
          error={errors.paidStaffFte}
        />
        <TextInput
          id="monthlyCosts"
          label="Running costs a month, in pounds"
          value={fields.monthlyCosts}
          onChange={set('monthlyCosts')}
          width="10"
          inputMode="numeric"
          error={errors.monthlyCosts}
        />
        <TextInput
          id="reservesMonths"
          label="How many months your reserves would last"
          value={fields.reservesMonths}
          onChange={set('reservesMonths')}
          width="4"
          inputMode="numeric"
          error={errors.reservesMonths}
        />
        <button type="submit" className="nhsuk-button" disabled={submit.running}>
          File return
        </button>
      </form>
    </WorkspaceFrame>
  );
}
