import { FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Loading, NotificationBanner, WarningCallout } from '../../components/feedback';
import { DateInput, isRealDate, Select } from '../../components/form-fields';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { ErrorPanel } from '../pages/StatusPages';
import { actionName, AuditTable } from './AuditTable';

const AUDIT = graphql(`
  query AuditTrail($organisationId: ID, $from: DateTime, $to: DateTime, $action: String) {
    verifyAuditChain {
      valid
      events
      firstBrokenEventId
    }
    auditActions
    organisations {
      id
      name
    }
    assuranceAudit(organisationId: $organisationId, from: $from, to: $to, action: $action) {
      ...AuditRow
    }
  }
`);

const LIMIT = 1000;
const count = new Intl.NumberFormat('en-GB');

/**
 * The assurance audit trail, for everything or one organisation, narrowed by date and action, with
 * the hash chain checked on every visit and the result said plainly.
 */
export function AuditPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = {
    organisation: params.get('organisation') ?? '',
    action: params.get('action') ?? '',
    from: isRealDate(params.get('from') ?? '') ? params.get('from')! : '',
    to: isRealDate(params.get('to') ?? '') ? params.get('to')! : '',
  };
  const [form, setForm] = useState(filters);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const audit = useQuery(AUDIT, {
    organisationId: filters.organisation || undefined,
    action: filters.action || undefined,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : undefined,
    to: filters.to ? `${filters.to}T23:59:59.999Z` : undefined,
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      from: form.from && !isRealDate(form.from) ? 'Enter a real date for “from”' : undefined,
      to:
        form.to && !isRealDate(form.to)
          ? 'Enter a real date for “to”'
          : form.from && form.to && form.to < form.from
            ? '“To” must not be before “from”'
            : undefined,
    };
    setErrors(problems);
    if (problems.from || problems.to) return;
    const query = new URLSearchParams(Object.entries(form).filter(([, v]) => v)).toString();
    void navigate(`/commissioning/audit${query ? `?${query}` : ''}`);
  };

  const data = audit.data;
  const chain = data?.verifyAuditChain;
  return (
    <>
      <PageHeading>Audit trail</PageHeading>
      {audit.loading && !data && <Loading what="Checking the audit trail" />}
      {audit.error && <ErrorPanel message={audit.error.message} retry={audit.refetch} />}
      {chain &&
        (chain.valid ? (
          <NotificationBanner success heading={`Intact: ${count.format(chain.events)} events`}>
            <p>Every event still matches the chain of fingerprints recorded when it was written: nothing has been changed or removed.</p>
          </NotificationBanner>
        ) : (
          <WarningCallout heading="The audit trail has been tampered with">
            <p>
              Event <code>{chain.firstBrokenEventId}</code> no longer matches the fingerprint recorded when it was written, so it or an earlier event was
              changed or removed outside the service. {count.format(chain.events)} events were checked. Tell your information governance lead.
            </p>
          </WarningCallout>
        ))}
      {data && (
        <>
          <form onSubmit={apply} noValidate className="nhsuk-u-margin-bottom-5">
            <Select
              id="organisation"
              label="Organisation"
              value={form.organisation}
              onChange={(organisation) => setForm({ ...form, organisation })}
              options={[{ value: '', label: 'All organisations' }, ...data.organisations.map((o) => ({ value: o.id, label: o.name }))]}
            />
            <Select
              id="action"
              label="What happened"
              value={form.action}
              onChange={(action) => setForm({ ...form, action })}
              options={[{ value: '', label: 'Everything' }, ...data.auditActions.map((a) => ({ value: a, label: actionName(a) }))]}
            />
            <DateInput id="from" legend="From" value={form.from} onChange={(from) => setForm({ ...form, from })} error={errors.from} />
            <DateInput id="to" legend="To" value={form.to} onChange={(to) => setForm({ ...form, to })} error={errors.to} />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0">
              Show events
            </button>
          </form>
          <h2 className="nhsuk-heading-m">
            {data.assuranceAudit.length >= LIMIT ? `The first ${count.format(LIMIT)} events` : `${count.format(data.assuranceAudit.length)} events`}
          </h2>
          {data.assuranceAudit.length >= LIMIT && <p>Narrow the dates or choose an organisation to see the rest.</p>}
          <AuditTable events={data.assuranceAudit} caption="Audit events, oldest first" />
        </>
      )}
    </>
  );
}
