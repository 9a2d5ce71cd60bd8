import { ReactNode, useEffect } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '../../api/hooks';
import { Loading } from '../../components/feedback';
import { BackLink, SecondaryNav } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';

const WORKSPACE_HEADER = graphql(`
  query WorkspaceHeader($id: ID!) {
    organisation(id: $id) {
      id
      name
      assuranceStatus
      email
      phone
      workspace {
        waitingReferrals
      }
    }
  }
`);

export type Section = 'listings' | 'venues' | 'referrals' | 'returns' | 'assurance';

const CHANGED = 'workspace-changed';

/** Tells the frame its counts (e.g. referrals waiting) may have changed. */
export function announceWorkspaceChange(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** The organisation id in the address (/organisations/:organisationId/…). */
export function useOrganisationId(): string {
  return useParams().organisationId ?? '';
}

/**
 * Every page of an organisation's workspace: a way back, the page heading under the organisation's
 * name, and links to the other parts. Leaders of other organisations are told plainly they cannot
 * see it (the API refuses them too).
 */
export function WorkspaceFrame({
  section,
  title,
  back,
  children,
}: {
  section?: Section;
  title: string;
  back?: { to: string; text: string };
  children: ReactNode;
}) {
  const id = useOrganisationId();
  const header = useQuery(WORKSPACE_HEADER, { id });
  const { refetch } = header;
  useEffect(() => {
    const listener = () => void refetch();
    window.addEventListener(CHANGED, listener);
    return () => window.removeEventListener(CHANGED, listener);
  }, [refetch]);
  if (header.loading && !header.data) return <Loading what="Loading your organisation" />;
  if (header.error?.code === 'FORBIDDEN') return <NotYours />;
  if (header.error?.code === 'NOT_FOUND' || (header.data && !header.data.organisation)) return <NotFoundPage />;
  if (header.error || !header.data?.organisation)
    return <ErrorPanel message={header.error?.message ?? 'The organisation could not be loaded.'} retry={header.refetch} />;
  const organisation = header.data.organisation;
  const waiting = organisation.workspace.waitingReferrals;
  const base = `/organisations/${organisation.id}`;
  const sections: [Section, ReactNode][] = [
    ['listings', 'Listings'],
    ['venues', 'Venues'],
    [
      'referrals',
      <>
        Referrals
        {waiting > 0 && (
          <span className="app-count">
            {waiting}
            <span className="nhsuk-u-visually-hidden"> waiting</span>
          </span>
        )}
      </>,
    ],
    ['returns', 'Returns'],
    ['assurance', 'Assurance'],
  ];
  return (
    <>
      <BackLink to={back?.to ?? '/organisations'}>{back?.text ?? 'My organisations'}</BackLink>
      <PageHeading caption={organisation.name} title={`${title}: ${organisation.name}`}>
        {title}
      </PageHeading>
      {section && (
        <SecondaryNav
          label={`${organisation.name}: parts of the workspace`}
          items={sections.map(([key, text]) => ({ to: `${base}/${key}`, text, current: key === section }))}
        />
      )}
      {children}
    </>
  );
}

function NotYours() {
  return (
    <>
      <PageHeading>You cannot manage this organisation</PageHeading>
      <p>Only the organisation’s own leaders can see its listings, referrals, returns and evidence.</p>
      <p>If you should be one of its leaders, ask your administrator to add you.</p>
      <p>
        <a href="/organisations">Go to your organisations</a>
      </p>
    </>
  );
}
