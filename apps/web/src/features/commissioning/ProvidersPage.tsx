import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Loading } from '../../components/feedback';
import { DateInput, isRealDate } from '../../components/form-fields';
import { PageHeading } from '../../components/page';
import { DataTable } from '../../components/table';
import { graphql } from '../../gql';
import { TIER_NAMES } from '../assurance/labels';
import { ErrorPanel } from '../pages/StatusPages';
import { AssuranceTag } from '../search/status-tags';
import { longDate } from '../search/format';

const REGISTER = graphql(`
  query AssuredProviderRegister($asOf: Date) {
    assuredProviderRegister(asOf: $asOf) {
      status
      tier
      validUntil
      assessedAt
      assessedBy {
        id
        email
      }
      organisation {
        id
        name
        charityNumber
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

/** Who was assured on a day, as they stood that day (not as they stand now), with a CSV of the same rows. */
export function ProvidersPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const asOf = params.get('asOf') && isRealDate(params.get('asOf')!) ? params.get('asOf')! : '';
  const [date, setDate] = useState(asOf);
  const [dateError, setDateError] = useState<string>();
  const register = useQuery(REGISTER, { asOf: asOf || undefined });
  const day = asOf || today();

  const choose = (event: FormEvent) => {
    event.preventDefault();
    if (date && !isRealDate(date)) return setDateError('Enter a real date, for example 31 3 2026');
    if (date && date > today()) return setDateError('The date must be today or in the past');
    setDateError(undefined);
    void navigate(date ? `/commissioning/providers?asOf=${date}` : '/commissioning/providers');
  };

  const rows = register.data?.assuredProviderRegister ?? [];
  return (
    <>
      <PageHeading>Assured providers</PageHeading>
      <p>The organisations that were assured on a day, with the status, tier and dates they had on that day.</p>
      <form onSubmit={choose} noValidate className="nhsuk-u-margin-bottom-5">
        <DateInput
          id="as-of"
          legend="Show the register on"
          hint="Leave blank for today. For example, 31 3 2026"
          value={date}
          onChange={setDate}
          error={dateError}
        />
        <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0">
          Show register
        </button>
      </form>
      {register.loading && !register.data && <Loading what="Loading the register" />}
      {register.error && <ErrorPanel message={register.error.message} retry={register.refetch} />}
      {register.data && (
        <>
          <h2 className="nhsuk-heading-m">
            {rows.length} {rows.length === 1 ? 'organisation' : 'organisations'} assured on {longDate(day)}
          </h2>
          <p>
            <a href={`/reports/assured-providers.csv?asOf=${day}`} download={`assured-providers-${day}.csv`}>
              Download this register as CSV
            </a>
          </p>
          {rows.length > 0 && (
            <DataTable
              caption={`Assured providers on ${longDate(day)}`}
              captionHidden
              columns={[
                { heading: 'Organisation' },
                { heading: 'Status that day' },
                { heading: 'Tier' },
                { heading: 'Valid until' },
                { heading: 'Assessed by' },
              ]}
              rows={rows.map((r) => [
                r.organisation.name,
                <AssuranceTag key="s" status={r.status} />,
                r.tier ? TIER_NAMES[r.tier] : '',
                r.validUntil ? longDate(r.validUntil) : '',
                r.assessedBy ? `${r.assessedBy.email}${r.assessedAt ? `, ${longDate(r.assessedAt)}` : ''}` : '',
              ])}
            />
          )}
        </>
      )}
    </>
  );
}
