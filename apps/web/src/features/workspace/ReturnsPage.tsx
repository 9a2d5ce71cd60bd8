import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Tag, TagColour } from '../../components/content';
import { Loading, NotificationBanner } from '../../components/feedback';
import { graphql } from '../../gql';
import type { RiskLevel } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { GroupWellbeing } from './GroupWellbeing';
import { monthLabel, pounds } from './returns-format';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const RETURNS = graphql(`
  query OrganisationReturns($organisationId: ID!) {
    sustainability(organisationId: $organisationId) {
      risk
      reasons
    }
    attendanceReturns(organisationId: $organisationId) {
      id
      month
      sessionsRun
      attendances
      newParticipants
      confirmedUnusual
      activity {
        id
        title
      }
    }
    sustainabilityReturns(organisationId: $organisationId) {
      id
      period
      volunteers
      paidStaffFte
      monthlyCostsPence
      reservesMonths
      submittedAt
      fundingSources {
        source
        kind
        annualAmountPence
        endsOn
      }
    }
  }
`);

const RISK: Record<RiskLevel, [string, TagColour]> = { LOW: ['Low risk', 'green'], MEDIUM: ['Medium risk', 'yellow'], HIGH: ['High risk', 'red'] };

/** Monthly attendance and quarterly sustainability returns, past and new, and the risk they add up to. */
export function ReturnsPage() {
  const organisationId = useOrganisationId();
  const [params] = useSearchParams();
  const returns = useQuery(RETURNS, { organisationId });
  const done = params.get('done');
  const base = `/organisations/${organisationId}/returns`;
  const data = returns.data;
  return (
    <WorkspaceFrame section="returns" title="Returns">
      {done && <NotificationBanner success focus heading={done === 'attendance' ? 'Attendance return filed' : 'Sustainability return filed'} />}
      <div className="app-actions nhsuk-u-margin-bottom-5">
        <Link className="nhsuk-button" to={`${base}/attendance`}>
          File an attendance return
        </Link>
        <Link className="nhsuk-button nhsuk-button--secondary" to={`${base}/sustainability`}>
          File a sustainability return
        </Link>
      </div>
      {returns.loading && !data && <Loading what="Loading your returns" />}
      {returns.error && <ErrorPanel message={returns.error.message} retry={returns.refetch} />}
      {data && (
        <>
          <h2 className="nhsuk-heading-m">How sustainable you look</h2>
          <p>
            <Tag colour={RISK[data.sustainability.risk][1]}>{RISK[data.sustainability.risk][0]}</Tag>
          </p>
          {data.sustainability.reasons.length ? (
            <ul className="nhsuk-list nhsuk-list--bullet">
              {data.sustainability.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : (
            <p>Nothing in your returns points to a risk.</p>
          )}
          <p className="nhsuk-body-s">Commissioners see the same level and reasons. It comes from your sustainability returns and your referrals.</p>

          <h2 className="nhsuk-heading-m">Attendance returns</h2>
          {data.attendanceReturns.length ? (
            <table className="nhsuk-table-responsive">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Attendance returns, newest month first</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  {['Month', 'Activity', 'Sessions', 'Attendances', 'New people'].map((h) => (
                    <th scope="col" className="nhsuk-table__header" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {data.attendanceReturns.map((r) => (
                  <tr className="nhsuk-table__row" key={r.id}>
                    {[
                      monthLabel(r.month),
                      r.activity.title,
                      r.sessionsRun,
                      `${r.attendances}${r.confirmedUnusual ? ' (confirmed as unusual)' : ''}`,
                      r.newParticipants,
                    ].map((value, i) => (
                      <td className="nhsuk-table__cell" key={i}>
                        <span className="nhsuk-table-responsive__heading" aria-hidden="true">
                          {['Month', 'Activity', 'Sessions', 'Attendances', 'New people'][i]}{' '}
                        </span>
                        {value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>No attendance returns yet.</p>
          )}

          <h2 className="nhsuk-heading-m">Sustainability returns</h2>
          {data.sustainabilityReturns.length ? (
            data.sustainabilityReturns.map((r) => (
              <div className="nhsuk-card" key={r.id}>
                <div className="nhsuk-card__content">
                  <h3 className="nhsuk-card__heading nhsuk-heading-s">{r.period.replace('-Q', ' quarter ')}</h3>
                  <p>
                    {r.volunteers} volunteers, {r.paidStaffFte} paid staff (full-time equivalent), costs of {pounds(r.monthlyCostsPence)} a month, reserves for{' '}
                    {r.reservesMonths} months.
                  </p>
                  {r.fundingSources.length > 0 && (
                    <ul className="nhsuk-list nhsuk-list--bullet">
                      {r.fundingSources.map((f) => (
                        <li key={`${f.source}${f.kind}`}>
                          {f.source}: {pounds(f.annualAmountPence)} a year{f.endsOn ? `, ending ${longDate(f.endsOn)}` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Filed {longDate(r.submittedAt)}</p>
                </div>
              </div>
            ))
          ) : (
            <p>No sustainability returns yet.</p>
          )}
        </>
      )}
      <GroupWellbeing organisationId={organisationId} />
    </WorkspaceFrame>
  );
}
