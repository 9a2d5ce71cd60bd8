import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { SummaryList, Tag } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { InsetText, Loading, NotificationBanner, WarningCallout } from '../../components/feedback';
import { Radios, Textarea } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import type { AssessmentDecision, ReviewAssessmentQuery } from '../../gql/graphql';
import { EVIDENCE_STATUS, TIER_NAMES } from '../assurance/labels';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { ago, longDate } from '../search/format';

const ASSESSMENT = graphql(`
  query ReviewAssessment($id: ID!) {
    assessment(id: $id) {
      id
      tier
      status
      submittedAt
      returnedAt
      returnNote
      timesReturned
      organisation {
        id
        name
        assuranceStatus
      }
      template {
        items {
          key
          title
          guidance
          evidenceKind
          requiredForTiers
        }
      }
      evidence {
        itemKey
        status
        reference
        documentId
        declared
        issuedOn
        expiresOn
        validUntil
        reviewerNote
      }
    }
  }
`);

const REVIEW = graphql(`
  mutation ReviewEvidenceItem($assessmentId: ID!, $itemKey: String!, $accept: Boolean!, $note: String) {
    reviewEvidence(assessmentId: $assessmentId, itemKey: $itemKey, accept: $accept, note: $note) {
      id
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideAssessment($assessmentId: ID!, $decision: AssessmentDecision!, $note: String) {
    decideAssessment(assessmentId: $assessmentId, decision: $decision, note: $note) {
      id
      status
    }
  }
`);

type Assessment = NonNullable<ReviewAssessmentQuery['assessment']>;
type Item = Assessment['template']['items'][number];
type Evidence = Assessment['evidence'][number];

const DECISIONS: { value: AssessmentDecision; label: string; hint: string }[] = [
  {
    value: 'ASSURE',
    label: 'Assure the organisation',
    hint: 'Every required item must be accepted. The assurance lasts until the earliest evidence runs out, at most 12 months.',
  },
  {
    value: 'RETURN_FOR_CHANGES',
    label: 'Return for changes',
    hint: 'The organisation sees your notes, fixes the items you asked about and submits again. Accepted items stay accepted.',
  },
  { value: 'REJECT', label: 'Reject', hint: 'The assessment ends. The organisation must start a new one.' },
];

/** An assurer reviews a submitted assessment item by item, then assures it, returns it for changes or rejects it. */
export function ReviewAssessmentPage() {
  const id = useParams().assessmentId ?? '';
  const query = useQuery(ASSESSMENT, { id });
  const [notice, setNotice] = useState<string>();
  if (query.loading && !query.data) return <Loading what="Loading the assessment" />;
  if (query.error?.code === 'NOT_FOUND' || (query.data && !query.data.assessment)) return <NotFoundPage />;
  if (query.error || !query.data?.assessment)
    return <ErrorPanel message={query.error?.message ?? 'The assessment could not be loaded.'} retry={query.refetch} />;
  const assessment = query.data.assessment;
  const required = assessment.template.items.filter((i) => i.requiredForTiers.includes(assessment.tier));
  const evidence = new Map(assessment.evidence.map((e) => [e.itemKey, e]));
  const optionalProvided = assessment.template.items.filter((i) => !i.requiredForTiers.includes(assessment.tier) && evidence.get(i.key)?.status !== 'MISSING');
  const accepted = required.filter((i) => evidence.get(i.key)?.status === 'ACCEPTED').length;
  const reviewing = assessment.status === 'SUBMITTED';
  const saved = async (message: string) => {
    setNotice(message);
    await query.refetch();
  };

  return (
    <>
      <BackLink to="/review">Assurance work</BackLink>
      <PageHeading caption={assessment.organisation.name} title={`Review: ${assessment.organisation.name}`}>
        Review the assessment
      </PageHeading>
      {notice && <NotificationBanner success heading={notice} />}
      <SummaryList
        rows={[
          ['Tier', TIER_NAMES[assessment.tier]],
          ['Submitted', assessment.submittedAt ? `${longDate(assessment.submittedAt)} (${ago(assessment.submittedAt)})` : 'Not yet'],
          ...(assessment.timesReturned > 0
            ? ([
                [
                  'Returned for changes',
                  `${assessment.timesReturned} ${assessment.timesReturned === 1 ? 'time' : 'times'}${assessment.returnNote ? `: “${assessment.returnNote}”` : ''}`,
                ],
              ] as [string, string][])
            : []),
          ['Progress', `${accepted} of ${required.length} required items accepted`],
        ]}
      />
      {!reviewing && (
        <InsetText>
          <p>This assessment is not waiting for review, so it cannot be changed here.</p>
        </InsetText>
      )}
      <h2 className="nhsuk-heading-m">Evidence</h2>
      {[...required, ...optionalProvided].map((item) => (
        <ItemReview
          key={item.key}
          assessmentId={assessment.id}
          item={item}
          evidence={evidence.get(item.key)}
          required={required.includes(item)}
          reviewing={reviewing}
          onSaved={saved}
        />
      ))}
      {reviewing && <DecisionForm assessment={assessment} allAccepted={accepted === required.length} />}
    </>
  );
}

function EvidenceDetails({ item, evidence }: { item: Item; evidence: Evidence }) {
  const rows: [string, React.ReactNode][] = [];
  if (evidence.documentId)
    rows.push([
      'Document',
      <a key="doc" href={`/evidence-documents/${evidence.documentId}`} target="_blank" rel="noreferrer">
        Open the {item.title.toLowerCase()} document (opens in a new tab)
      </a>,
    ]);
  if (evidence.reference) rows.push(['Reference', evidence.reference]);
  if (evidence.declared) rows.push(['Declaration', 'The organisation declares this is in place']);
  if (evidence.issuedOn) rows.push(['Issued or last reviewed', longDate(evidence.issuedOn)]);
  if (evidence.expiresOn) rows.push(['Ends', longDate(evidence.expiresOn)]);
  if (evidence.validUntil) rows.push(['Counts until', longDate(evidence.validUntil)]);
  return rows.length ? <SummaryList rows={rows} /> : <p>No evidence given.</p>;
}

function ItemReview({
  assessmentId,
  item,
  evidence,
  required,
  reviewing,
  onSaved,
}: {
  assessmentId: string;
  item: Item;
  evidence: Evidence | undefined;
  required: boolean;
  reviewing: boolean;
  onSaved: (message: string) => Promise<void>;
}) {
  const review = useMutation(REVIEW);
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ choice?: string; note?: string }>({});
  const status = evidence?.status ?? 'MISSING';
  const [label, colour] = EVIDENCE_STATUS[status];
  const prefix = `review-${item.key}`;
  const canReview = reviewing && status !== 'MISSING';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      choice: choice ? undefined : `Select whether ${item.title.toLowerCase()} is accepted`,
      note: choice === 'changes' && !note.trim() ? 'Say what needs to change' : undefined,
    };
    setErrors(problems);
    if (problems.choice || problems.note) return;
    const done = await review.run({ assessmentId, itemKey: item.key, accept: choice === 'accept', note: note.trim() || null });
    if (done) {
      setChoice('');
      setNote('');
      await onSaved(`${item.title}: ${choice === 'accept' ? 'accepted' : 'changes asked for'}`);
    }
  };

  return (
    <section className="nhsuk-card" aria-labelledby={`${prefix}-title`}>
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s" id={`${prefix}-title`}>
          {item.title}
          {!required && <span className="nhsuk-caption-m"> Not required at this tier</span>}
        </h3>
        <p>
          <Tag colour={colour}>{label}</Tag>
        </p>
        <p className="nhsuk-body-s">{item.guidance}</p>
        {evidence && status !== 'MISSING' && <EvidenceDetails item={item} evidence={evidence} />}
        {evidence?.reviewerNote && (
          <WarningCallout heading="Your note to the organisation">
            <p>{evidence.reviewerNote}</p>
          </WarningCallout>
        )}
        {canReview && (
          <form onSubmit={save} noValidate>
            {review.error && <ErrorSummary items={[{ target: `${prefix}-choice-0`, message: review.error.message }]} />}
            <Radios
              id={`${prefix}-choice`}
              legend={`Your review of ${item.title.toLowerCase()}`}
              small
              items={[
                { value: 'accept', label: 'Accept' },
                { value: 'changes', label: 'Ask for changes' },
              ]}
              selected={choice}
              onChange={setChoice}
              error={errors.choice}
            />
            <Textarea
              id={`${prefix}-note`}
              label="Note to the organisation"
              hint={choice === 'changes' ? 'Say what to change, in plain words' : 'Optional when you accept'}
              value={note}
              onChange={setNote}
              error={errors.note}
              rows={3}
              maxLength={2000}
            />
            <button type="submit" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" disabled={review.running}>
              Save review of {item.title.toLowerCase()}
            </button>
          </form>
        )}
      </div>
    </section>
  );
}

function DecisionForm({ assessment, allAccepted }: { assessment: Assessment; allAccepted: boolean }) {
  const decide = useMutation(DECIDE);
  const navigate = useNavigate();
  const [decision, setDecision] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; note?: string }>({});
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      decision: decision ? undefined : 'Select a decision',
      note: decision === 'REJECT' && !note.trim() ? 'Say why the assessment is rejected' : undefined,
    };
    setErrors(problems);
    if (problems.decision || problems.note) return;
    const done = await decide.run({ assessmentId: assessment.id, decision: decision as AssessmentDecision, note: note.trim() || null });
    if (done) void navigate(`/review?decided=${encodeURIComponent(assessment.organisation.name)}&decision=${decision}`);
  };
  const apiProblems = decide.error?.problems ?? [];
  return (
    <form onSubmit={submit} noValidate className="nhsuk-u-margin-top-6">
      <h2 className="nhsuk-heading-m">Decision</h2>
      {decide.error && (
        <ErrorSummary
          title="The decision could not be recorded"
          items={
            apiProblems.length
              ? apiProblems.map((p) => ({ target: 'decision-0', message: p.message }))
              : [{ target: 'decision-0', message: decide.error.message }]
          }
        />
      )}
      {!allAccepted && (
        <InsetText>
          <p>Not every required item is accepted yet, so you can return the assessment for changes or reject it, but not assure it.</p>
        </InsetText>
      )}
      <Radios id="decision" legend="Your decision" items={DECISIONS} selected={decision} onChange={setDecision} error={errors.decision} />
      <Textarea
        id="decision-note"
        label="Note to the organisation"
        hint="The organisation sees this. Do not include anyone’s personal details."
        value={note}
        onChange={setNote}
        error={errors.note}
        rows={4}
        maxLength={2000}
      />
      <button type="submit" className="nhsuk-button" disabled={decide.running}>
        Record decision
      </button>
    </form>
  );
}
