import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { uploadEvidence } from '../../api/upload';
import { Details, Tag } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { InsetText, Loading, NotificationBanner, WarningCallout } from '../../components/feedback';
import { Checkbox, DateInput, Radios, TextInput } from '../../components/form-fields';
import { graphql } from '../../gql';
import type { AssuranceTier, OrganisationAssuranceQuery } from '../../gql/graphql';
import { ErrorPanel } from '../pages/StatusPages';
import { longDate } from '../search/format';
import { EvidenceFileInput } from './EvidenceFileInput';
import { announceWorkspaceChange, useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';
import { EVIDENCE_STATUS, TIERS } from '../assurance/labels';

const ASSURANCE = graphql(`
  query OrganisationAssurance($organisationId: ID!) {
    organisationAssessments(organisationId: $organisationId) {
      id
      tier
      status
      submittedAt
      decidedAt
      validUntil
      decisionNote
      returnedAt
      returnNote
      template {
        version
        items {
          key
          title
          guidance
          evidenceKind
          requiredForTiers
          validityMonths
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

const START = graphql(`
  mutation StartAssessment($organisationId: ID!, $tier: AssuranceTier!) {
    startAssessment(organisationId: $organisationId, tier: $tier) {
      id
    }
  }
`);

const PROVIDE = graphql(`
  mutation ProvideEvidence($assessmentId: ID!, $input: EvidenceInput!) {
    provideEvidence(assessmentId: $assessmentId, input: $input) {
      id
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitAssessment($assessmentId: ID!) {
    submitAssessment(assessmentId: $assessmentId) {
      id
    }
  }
`);

type Assessment = OrganisationAssuranceQuery['organisationAssessments'][number];
type Item = Assessment['template']['items'][number];
type Evidence = Assessment['evidence'][number];

const done = (e?: Evidence) => !!e && e.status !== 'MISSING' && e.status !== 'EXPIRED' && e.status !== 'REJECTED';

/** The organisation's quality assurance: the checklist for its tier, evidence item by item, and submitting it for review. */
export function AssurancePage() {
  const organisationId = useOrganisationId();
  const assurance = useQuery(ASSURANCE, { organisationId });
  const start = useMutation(START);
  const submit = useMutation(SUBMIT);
  const [tier, setTier] = useState<string>('');
  const [tierError, setTierError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  const assessments = assurance.data?.organisationAssessments ?? [];
  const current = assessments[0];
  const open = current && (current.status === 'IN_PROGRESS' || current.status === 'SUBMITTED');

  const begin = async (event: FormEvent) => {
    event.preventDefault();
    if (!tier) return setTierError('Select the tier that fits your group');
    setTierError(undefined);
    if (await start.run({ organisationId, tier: tier as AssuranceTier })) {
      setNotice('Assessment started: add your evidence item by item');
      await assurance.refetch();
      announceWorkspaceChange();
    }
  };
  const send = async () => {
    if (current && (await submit.run({ assessmentId: current.id }))) {
      setNotice('Submitted: the assurance team will review your evidence');
      await assurance.refetch();
    }
  };

  return (
    <WorkspaceFrame section="assurance" title="Assurance">
      {notice && <NotificationBanner success focus heading={notice} />}
      {assurance.loading && !assurance.data && <Loading what="Loading your assurance" />}
      {assurance.error && <ErrorPanel message={assurance.error.message} retry={assurance.refetch} />}
      {assurance.data && !open && (
        <>
          {current && <Decision assessment={current} />}
          <h2 className="nhsuk-heading-m">{current ? 'Start a new assessment' : 'Get assured'}</h2>
          <p>
            Link workers refer people to assured groups. You show your group is run safely with a short checklist of evidence, reviewed by the assurance team.
          </p>
          {current && <p>Evidence from your last assessment is copied in, to check and renew.</p>}
          <form onSubmit={begin} noValidate>
            <Radios id="tier" legend="Which tier fits your group?" items={TIERS} selected={tier} onChange={setTier} error={tierError ?? start.error?.message} />
            <button type="submit" className="nhsuk-button" disabled={start.running}>
              Start assessment
            </button>
          </form>
        </>
      )}
      {assurance.data && open && current?.status === 'IN_PROGRESS' && current.returnedAt && (
        <WarningCallout heading="The assurance team asked for changes">
          <p>
            On {longDate(current.returnedAt)} your assessment came back for changes. Items already accepted stay accepted: change the items marked “Needs
            changing”, then submit again.
          </p>
          {current.returnNote && <p>“{current.returnNote}”</p>}
          <ReviewNotes assessment={current} />
        </WarningCallout>
      )}
      {assurance.data && open && current && (
        <Checklist
          assessment={current}
          organisationId={organisationId}
          onChanged={() => void assurance.refetch()}
          submit={send}
          submitting={submit.running}
          submitError={submit.error}
        />
      )}
    </WorkspaceFrame>
  );
}

function Decision({ assessment }: { assessment: Assessment }) {
  if (assessment.status === 'ASSURED' || assessment.status === 'EXPIRING' || assessment.status === 'LAPSED')
    return (
      <InsetText>
        <p>
          Your group was assured on {assessment.decidedAt ? longDate(assessment.decidedAt) : 'review'}
          {assessment.validUntil ? `, until ${longDate(assessment.validUntil)}` : ''}.
        </p>
      </InsetText>
    );
  if (assessment.status === 'REJECTED')
    return (
      <WarningCallout heading="Your last assessment was not accepted">
        <p>The review notes below say what to change. Start a new assessment when you are ready.</p>
        {assessment.decisionNote && <p>“{assessment.decisionNote}”</p>}
        <ReviewNotes assessment={assessment} />
      </WarningCallout>
    );
  return null;
}

function ReviewNotes({ assessment }: { assessment: Assessment }) {
  const notes = assessment.evidence.filter((e) => e.reviewerNote);
  if (!notes.length) return null;
  const title = (key: string) => assessment.template.items.find((i) => i.key === key)?.title ?? key;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {notes.map((e) => (
        <li key={e.itemKey}>
          {title(e.itemKey)}: {e.reviewerNote}
        </li>
      ))}
    </ul>
  );
}

function Checklist({
  assessment,
  organisationId,
  onChanged,
  submit,
  submitting,
  submitError,
}: {
  assessment: Assessment;
  organisationId: string;
  onChanged: () => void;
  submit: () => Promise<void>;
  submitting: boolean;
  submitError?: { message: string; problems: { field: string; message: string }[] };
}) {
  const [editing, setEditing] = useState<string>();
  const evidenceOf = new Map(assessment.evidence.map((e) => [e.itemKey, e]));
  const required = assessment.template.items.filter((i) => i.requiredForTiers.includes(assessment.tier));
  const optional = assessment.template.items.filter((i) => !i.requiredForTiers.includes(assessment.tier) && evidenceOf.has(i.key));
  const complete = required.filter((i) => done(evidenceOf.get(i.key))).length;
  const submitted = assessment.status === 'SUBMITTED';
  const summary = (submitError?.problems ?? []).map((p) => ({ target: `item-${p.field.replace('evidence.', '')}`, message: p.message }));
  if (submitError && !submitError.problems.length) summary.push({ target: '', message: submitError.message });

  return (
    <>
      <ErrorSummary items={summary} title="The assessment cannot be submitted yet" />
      <p className="nhsuk-body-l">
        {TIERS.find((t) => t.value === assessment.tier)?.label} tier: {complete} of {required.length} items done
      </p>
      {submitted && (
        <InsetText>
          <p>
            You submitted this on {assessment.submittedAt ? longDate(assessment.submittedAt) : 'review'}. The assurance team is checking it; you will see their
            notes here.
          </p>
        </InsetText>
      )}
      <ol className="nhsuk-list">
        {[...required, ...optional].map((item) => (
          <ChecklistItem
            key={item.key}
            item={item}
            evidence={evidenceOf.get(item.key)}
            assessmentId={assessment.id}
            organisationId={organisationId}
            editable={!submitted}
            editing={editing === item.key}
            setEditing={(on) => setEditing(on ? item.key : undefined)}
            onSaved={() => {
              setEditing(undefined);
              onChanged();
            }}
          />
        ))}
      </ol>
      {!submitted && (
        <>
          <h2 className="nhsuk-heading-m">Submit for review</h2>
          <p>{complete === required.length ? 'Every item is done. Submit it for the assurance team to review.' : 'You can submit once every item is done.'}</p>
          <button type="button" className="nhsuk-button" onClick={() => void submit()} disabled={submitting}>
            Submit assessment
          </button>
        </>
      )}
    </>
  );
}

function ChecklistItem({
  item,
  evidence,
  assessmentId,
  organisationId,
  editable,
  editing,
  setEditing,
  onSaved,
}: {
  item: Item;
  evidence?: Evidence;
  assessmentId: string;
  organisationId: string;
  editable: boolean;
  editing: boolean;
  setEditing: (on: boolean) => void;
  onSaved: () => void;
}) {
  const status = evidence?.status ?? 'MISSING';
  const [label, colour] = EVIDENCE_STATUS[status];
  return (
    <li className="nhsuk-card" id={`item-${item.key}`} tabIndex={-1}>
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-s">{item.title}</h2>
        <p className="app-result__tags">
          <Tag colour={colour}>{label}</Tag>
        </p>
        <Details summary="What is needed">
          <p>{item.guidance}</p>
          {item.validityMonths && <p>It lasts {item.validityMonths} months from the date it was issued, or until its own end date.</p>}
        </Details>
        {evidence?.validUntil && status !== 'MISSING' && <p>Valid until {longDate(evidence.validUntil)}</p>}
        {evidence?.reference && <p>Reference: {evidence.reference}</p>}
        {evidence?.documentId && (
          <p>
            <a href={`/evidence-documents/${evidence.documentId}`}>
              Open the document<span className="nhsuk-u-visually-hidden"> for {item.title}</span>
            </a>
          </p>
        )}
        {evidence?.reviewerNote && <WarningCallout heading="The assurance team says">{<p>{evidence.reviewerNote}</p>}</WarningCallout>}
        {editable && !editing && (
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={() => setEditing(true)}>
            {status === 'MISSING' ? 'Add evidence' : 'Change evidence'}
            <span className="nhsuk-u-visually-hidden">: {item.title}</span>
          </button>
        )}
        {editable && editing && (
          <EvidenceForm item={item} assessmentId={assessmentId} organisationId={organisationId} onSaved={onSaved} onCancel={() => setEditing(false)} />
        )}
      </div>
    </li>
  );
}

function EvidenceForm({
  item,
  assessmentId,
  organisationId,
  onSaved,
  onCancel,
}: {
  item: Item;
  assessmentId: string;
  organisationId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const provide = useMutation(PROVIDE);
  const [file, setFile] = useState<File>();
  const [reference, setReference] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [declared, setDeclared] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [uploading, setUploading] = useState(false);
  const id = (field: string) => `${item.key}-${field}`;
  const kind = item.evidenceKind;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    // A file refused on choosing keeps its reason; otherwise a document item needs one.
    if (problems[id('file')]) local[id('file')] = problems[id('file')];
    else if (kind === 'DOCUMENT' && !file) local[id('file')] = 'Choose the document to upload';
    if (kind === 'REFERENCE' && !reference.trim()) local[id('reference')] = 'Enter the reference';
    if (kind === 'DATE' && !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) local[`${id('expiresOn')}-day`] = 'Enter the date it ends';
    if (kind === 'DECLARATION' && !declared) local[id('declared')] = 'Confirm the declaration';
    if (issuedOn.startsWith('partial:')) local[`${id('issuedOn')}-day`] = 'Enter the whole date, or leave it empty';
    setProblems(local);
    if (Object.keys(local).length) return;
    let documentId: string | undefined;
    if (file) {
      setUploading(true);
      try {
        documentId = (await uploadEvidence(organisationId, file)).id;
      } catch (error) {
        setProblems({ [id('file')]: (error as Error).message });
        return;
      } finally {
        setUploading(false);
      }
    }
    const input = {
      itemKey: item.key,
      documentId: documentId ?? null,
      reference: reference.trim() || null,
      issuedOn: issuedOn || null,
      expiresOn: expiresOn || null,
      declared: kind === 'DECLARATION' ? declared : null,
    };
    if (await provide.run({ assessmentId, input })) onSaved();
  };

  const fromApi = Object.fromEntries(
    (provide.error?.problems ?? []).map((p) => [
      ['issuedOn', 'expiresOn'].includes(p.field) ? `${id(p.field)}-day` : id(p.field === 'documentId' ? 'file' : p.field),
      p.message,
    ]),
  );
  const errors = { ...fromApi, ...problems };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (provide.error && !provide.error.problems.length) summary.push({ target: '', message: provide.error.message });

  return (
    <form className="nhsuk-u-margin-top-4" onSubmit={save} noValidate>
      <ErrorSummary items={summary} />
      {(kind === 'DOCUMENT' || kind === 'DATE') && (
        <EvidenceFileInput
          id={id('file')}
          label={kind === 'DOCUMENT' ? 'Upload the document' : 'Upload the certificate (optional)'}
          error={errors[id('file')]}
          onChoose={(chosen, problem) => {
            setFile(problem ? undefined : chosen);
            setProblems((p) => {
              const next = { ...p };
              if (problem) next[id('file')] = problem;
              else delete next[id('file')];
              return next;
            });
          }}
        />
      )}
      {kind === 'REFERENCE' && (
        <TextInput
          id={id('reference')}
          label="Reference"
          hint="For example a name, a registration number or a certificate number"
          value={reference}
          onChange={setReference}
          maxLength={200}
          error={errors[id('reference')]}
        />
      )}
      {kind === 'DATE' && (
        <DateInput
          id={id('expiresOn')}
          legend="The date it ends"
          hint="For example 31 3 2027"
          value={expiresOn}
          onChange={setExpiresOn}
          error={errors[`${id('expiresOn')}-day`]}
        />
      )}
      {kind !== 'DECLARATION' && (
        <DateInput
          id={id('issuedOn')}
          legend="The date it was issued or last reviewed (optional)"
          value={issuedOn}
          onChange={setIssuedOn}
          error={errors[`${id('issuedOn')}-day`]}
        />
      )}
      {kind === 'DECLARATION' && (
        <Checkbox
          id={id('declared')}
          label={`I declare that our group meets this: ${item.title.toLowerCase()}`}
          checked={declared}
          onChange={setDeclared}
          error={errors[id('declared')]}
        />
      )}
      <div className="app-actions">
        <button type="submit" className="nhsuk-button" disabled={provide.running || uploading}>
          {uploading ? 'Uploading…' : 'Save evidence'}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
