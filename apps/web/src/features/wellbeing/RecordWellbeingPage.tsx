import { FormEvent, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '../../api/hooks';
import { Details } from '../../components/content';
import { ErrorSummary } from '../../components/error-summary';
import { Checkbox, DateInput, isRealDate, Radios, Select, TextInput } from '../../components/form-fields';
import { BackLink } from '../../components/navigation';
import { PageHeading } from '../../components/page';
import { graphql } from '../../gql';
import { PersonReferenceField } from '../connections/PersonReferenceField';
import type { AgeBand, EthnicGroup, Sex, WellbeingItem, WellbeingOccasion } from '../../gql/graphql';
import { AGE_BANDS, ETHNIC_GROUPS, QUESTIONS, SEXES } from './wellbeing-labels';

const RECORD = graphql(`
  mutation RecordWellbeing($input: RecordWellbeingInput!) {
    recordWellbeing(input: $input) {
      id
      occasion
    }
  }
`);

/** Where an API problem's field shows on this page. */
function target(field: string): string {
  const score = /^scores\.(\d+)/.exec(field);
  if (score) return `score-${QUESTIONS[Number(score[1])]?.item ?? 'LIFE_SATISFACTION'}`;
  const targets: Record<string, string> = {
    personReference: 'personReference',
    occasion: 'occasion-0',
    recordedOn: 'recordedOn-day',
    scores: 'score-LIFE_SATISFACTION',
    bands: 'consent',
    'bands.consented': 'consent',
    'bands.postcode': 'postcode',
  };
  return targets[field] ?? field;
}

/** The four ONS4 questions at first contact or follow-up, with the equality bands at first contact if the person agrees. */
export function RecordWellbeingPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const record = useMutation(RECORD);
  // From a connection just recorded: the reference comes in the page's state, not the address.
  const [reference, setReference] = useState((useLocation().state as { personReference?: string | null } | null)?.personReference ?? '');
  const asked = params.get('occasion');
  const [occasion, setOccasion] = useState<WellbeingOccasion | ''>(asked === 'FOLLOW_UP' || asked === 'FIRST_CONTACT' ? asked : '');
  const [recordedOn, setRecordedOn] = useState(new Date().toISOString().slice(0, 10));
  const [scores, setScores] = useState<Record<WellbeingItem, string>>({ LIFE_SATISFACTION: '', WORTHWHILE: '', HAPPINESS: '', ANXIETY: '' });
  const [consented, setConsented] = useState(false);
  const [bands, setBands] = useState({ ageBand: '', sex: '', ethnicGroup: '', postcode: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!reference.trim()) local.personReference = 'Enter your reference for the person';
    if (!occasion) local['occasion-0'] = 'Select whether this is the first contact or the follow-up';
    if (!isRealDate(recordedOn)) local['recordedOn-day'] = 'Enter the date the questions were asked, for example 27 3 2026';
    for (const q of QUESTIONS) {
      const value = scores[q.item].trim();
      if (!/^\d{1,2}$/.test(value) || Number(value) > 10) local[`score-${q.item}`] = 'Enter a whole number from 0 to 10';
    }
    setProblems(local);
    if (Object.keys(local).length) return;
    const withBands = occasion === 'FIRST_CONTACT' && consented;
    const done = await record.run({
      input: {
        personReference: reference.trim(),
        occasion: occasion as WellbeingOccasion,
        recordedOn,
        scores: QUESTIONS.map((q) => ({ item: q.item, score: Number(scores[q.item]) })),
        bands: withBands
          ? {
              consented: true,
              ageBand: (bands.ageBand || null) as AgeBand | null,
              sex: (bands.sex || null) as Sex | null,
              ethnicGroup: (bands.ethnicGroup || null) as EthnicGroup | null,
              postcode: bands.postcode.trim() || null,
            }
          : null,
      },
    });
    if (done) void navigate(`/wellbeing?recorded=${done.recordWellbeing.occasion}`);
  };

  const apiProblems = Object.fromEntries((record.error?.problems ?? []).map((p) => [target(p.field), p.message]));
  const errors = { ...apiProblems, ...problems };
  const summary = Object.entries(errors).map(([to, message]) => ({ target: to, message }));
  if (record.error && !record.error.problems.length) summary.push({ target: 'occasion-0', message: record.error.message });

  return (
    <>
      <BackLink to="/wellbeing">Back to wellbeing</BackLink>
      <ErrorSummary items={summary} />
      <PageHeading>Record wellbeing scores</PageHeading>
      <form onSubmit={submit} noValidate>
        <PersonReferenceField
          hint="The same reference you use on their connections, such as LW-0042. Not their name, NHS number, date of birth, phone number or email."
          value={reference}
          onChange={setReference}
          error={errors.personReference}
        />
        <Radios
          id="occasion"
          legend="When are you asking?"
          items={[
            { value: 'FIRST_CONTACT', label: 'First contact', hint: 'Before or when you first connect them to a group' },
            { value: 'FOLLOW_UP', label: 'Follow-up', hint: 'Usually 8 to 12 weeks after the first contact' },
          ]}
          selected={occasion}
          onChange={(value) => setOccasion(value as WellbeingOccasion)}
          error={errors['occasion-0']}
        />
        <DateInput id="recordedOn" legend="Date asked" value={recordedOn} onChange={setRecordedOn} error={errors['recordedOn-day']} />
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">The four questions</h2>
          </legend>
          <p className="nhsuk-hint">Read each question out. Enter the person’s answer from 0 (not at all) to 10 (completely).</p>
          {QUESTIONS.map((q) => (
            <TextInput
              key={q.item}
              id={`score-${q.item}`}
              label={q.question}
              hint={q.hint}
              value={scores[q.item]}
              onChange={(value) => setScores((s) => ({ ...s, [q.item]: value }))}
              width="2"
              inputMode="numeric"
              maxLength={2}
              autoComplete="off"
              error={errors[`score-${q.item}`]}
            />
          ))}
        </fieldset>
        {occasion === 'FIRST_CONTACT' && (
          <>
            <h2 className="nhsuk-heading-m">Equality questions (optional)</h2>
            <p>These show commissioners who social prescribing is reaching. Ask only if the person is happy to answer; any can be left out.</p>
            <Checkbox
              id="consent"
              label="The person agreed to answer the equality questions"
              checked={consented}
              onChange={setConsented}
              error={errors.consent}
            />
            {consented && (
              <div className="nhsuk-checkboxes__conditional">
                <Select
                  id="ageBand"
                  label="Age"
                  value={bands.ageBand}
                  onChange={(ageBand) => setBands((b) => ({ ...b, ageBand }))}
                  options={[{ value: '', label: 'Not given' }, ...AGE_BANDS]}
                />
                <Radios id="sex" legend="Sex" items={SEXES} selected={bands.sex} onChange={(sex) => setBands((b) => ({ ...b, sex }))} inline small />
                <Radios
                  id="ethnicGroup"
                  legend="Ethnic group"
                  items={ETHNIC_GROUPS}
                  selected={bands.ethnicGroup}
                  onChange={(ethnicGroup) => setBands((b) => ({ ...b, ethnicGroup }))}
                  small
                />
                <TextInput
                  id="postcode"
                  label="Home postcode"
                  hint="Used once to find how deprived the area is (a decile from 1 to 10), then forgotten: the postcode is not kept."
                  value={bands.postcode}
                  onChange={(postcode) => setBands((b) => ({ ...b, postcode }))}
                  width="10"
                  autoComplete="off"
                  error={errors.postcode}
                />
              </div>
            )}
          </>
        )}
        <Details summary="What is kept">
          <p>
            The scores, the date and, if given, the bands above. Your reference is kept only in a scrambled form that cannot be read back. Reports show averages
            for groups of at least 10 people, never one person.
          </p>
        </Details>
        <button className="nhsuk-button" type="submit" disabled={record.running}>
          Save scores
        </button>
      </form>
    </>
  );
}
