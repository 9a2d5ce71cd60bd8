import { FormEvent, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { Loading, NotificationBanner } from '../../components/feedback';
import { Checkbox, Checkboxes, DateInput, Radios, Select, Textarea, TextInput } from '../../components/form-fields';
import { graphql } from '../../gql';
import type { ActivityForEditQuery, CreateActivityInput, DeliveryMode, ListingFormDataQuery } from '../../gql/graphql';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { languageName } from '../search/format';
import { deliveryModeLabel } from '../search/status-tags';
import { ScheduleEditor, SlotDraft } from './ScheduleEditor';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const FORM_DATA = graphql(`
  query ListingFormData($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      venues {
        id
        name
        town
      }
    }
    needs: taxonomy(kind: NEED) {
      code
      label
    }
    accessibility: taxonomy(kind: ACCESSIBILITY) {
      code
      label
    }
    categories: taxonomy(kind: CATEGORY) {
      code
      label
    }
    postcodeDirectory {
      districts {
        code
        name
      }
    }
  }
`);

const ACTIVITY = graphql(`
  query ActivityForEdit($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      deliveryMode
      free
      costDescription
      minimumAge
      maximumAge
      languages
      coverageOutcodes
      coverageDistricts
      selfReferral
      howToJoin
      contactEmail
      contactPhone
      termTimeOnly
      showFrom
      showUntil
      needs {
        code
      }
      category {
        code
      }
      accessibility {
        code
      }
      schedule {
        day
        startTime
        endTime
        recurrence
        firstDate
        weekOfMonth
      }
      capacity {
        placesPerSession
        spacesAvailable
        waitingList
      }
      venue {
        id
        accessibility {
          code
        }
      }
      organisation {
        id
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateListing($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateListing($id: ID!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, input: $input) {
      id
    }
  }
`);

/** Languages most often asked for in England's community groups; English is assumed. */
const LANGUAGES = ['en', 'cy', 'ar', 'bn', 'zh', 'gu', 'ku', 'pl', 'pt', 'pa', 'ro', 'so', 'es', 'ta', 'tr', 'ur'];

interface Draft {
  title: string;
  description: string;
  needs: string[];
  category: string;
  deliveryMode: DeliveryMode | '';
  venueId: string;
  schedule: SlotDraft[];
  termTimeOnly: boolean;
  showFrom: string;
  showUntil: string;
  free: string;
  costDescription: string;
  minimumAge: string;
  maximumAge: string;
  languages: string[];
  coverageOutcodes: string;
  coverageDistricts: string[];
  /** The same districts as names typed in, when there are too many to list as checkboxes. */
  coverageDistrictNames: string;
  accessibility: string[];
  selfReferral: string;
  howToJoin: string;
  contactEmail: string;
  contactPhone: string;
  placesPerSession: string;
  spacesAvailable: string;
  keepsWaitingList: boolean;
  waitingList: string;
}

type Activity = NonNullable<ActivityForEditQuery['activity']>;
type District = ListingFormDataQuery['postcodeDirectory']['districts'][number];

/** Past this many districts they are typed in by name rather than ticked. */
const DISTRICT_CHECKBOXES = 40;

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function draftOf(a: Activity | undefined, districts: District[]): Draft {
  const venueFeatures = new Set(a?.venue?.accessibility.map((f) => f.code) ?? []);
  return {
    title: a?.title ?? '',
    description: a?.description ?? '',
    needs: a?.needs.map((n) => n.code) ?? [],
    category: a?.category?.code ?? '',
    deliveryMode: a?.deliveryMode ?? '',
    venueId: a?.venue?.id ?? '',
    schedule:
      a?.schedule.map((s) => ({
        day: s.day,
        startTime: s.startTime,
        endTime: s.endTime,
        recurrence: s.recurrence,
        firstDate: s.firstDate ?? '',
        weekOfMonth: text(s.weekOfMonth ?? 1),
      })) ?? [],
    termTimeOnly: a?.termTimeOnly ?? false,
    showFrom: a?.showFrom ?? '',
    showUntil: a?.showUntil ?? '',
    free: a ? String(a.free) : '',
    costDescription: a?.costDescription ?? '',
    minimumAge: text(a?.minimumAge),
    maximumAge: text(a?.maximumAge),
    languages: a?.languages ?? ['en'],
    coverageOutcodes: a?.coverageOutcodes.join(' ') ?? '',
    coverageDistricts: a?.coverageDistricts ?? [],
    coverageDistrictNames: (a?.coverageDistricts ?? []).map((code) => districts.find((d) => d.code === code)?.name ?? code).join(', '),
    // The venue's own features are shown on the venue; here only the activity's.
    accessibility: a?.accessibility.map((f) => f.code).filter((code) => !venueFeatures.has(code)) ?? [],
    selfReferral: a ? String(a.selfReferral) : 'true',
    howToJoin: a?.howToJoin ?? '',
    contactEmail: a?.contactEmail ?? '',
    contactPhone: a?.contactPhone ?? '',
    placesPerSession: text(a?.capacity.placesPerSession),
    spacesAvailable: text(a?.capacity.spacesAvailable),
    keepsWaitingList: a ? a.capacity.waitingList !== null : false,
    waitingList: text(a?.capacity.waitingList),
  };
}

const whole = (value: string) => (value.trim() === '' ? null : Number(value.trim()));

/** Which control shows each of the API's field problems. */
function target(field: string): string {
  if (['needs', 'accessibility', 'languages', 'deliveryMode', 'free', 'selfReferral', 'coverageDistricts'].includes(field)) return `${field}-0`;
  if (field.startsWith('capacity.')) return field.slice('capacity.'.length);
  if (/^schedule\.\d+\.firstDate$/.test(field)) return `${field}-day`;
  return field;
}

/** Add or edit a listing: everything a link worker needs to judge fit, in the order they read it. */
export function ListingFormPage() {
  const organisationId = useOrganisationId();
  const { activityId } = useParams();
  const editing = Boolean(activityId);
  const form = useQuery(FORM_DATA, { organisationId });
  const existing = useQuery(ACTIVITY, { id: activityId ?? '' }, { skip: !editing });
  if (form.loading || (editing && existing.loading && !existing.data)) return <Loading what="Loading the form" />;
  if (form.error || !form.data?.organisation) return <ErrorPanel message={form.error?.message ?? 'The form could not be loaded.'} retry={form.refetch} />;
  if (editing && (existing.error?.code === 'NOT_FOUND' || existing.data?.activity?.organisation.id !== organisationId)) return <NotFoundPage />;
  return <ListingForm key={activityId ?? 'new'} data={form.data} activity={existing.data?.activity ?? undefined} />;
}

function ListingForm({ data, activity }: { data: ListingFormDataQuery; activity?: Activity }) {
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useMutation(CREATE);
  const update = useMutation(UPDATE);
  const [draft, setDraft] = useState<Draft>(() => draftOf(activity, data.postcodeDirectory.districts));
  const [local, setLocal] = useState<Record<string, string>>({});
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const venues = data.organisation!.venues;
  const base = `/organisations/${organisationId}/listings`;
  const inPerson = draft.deliveryMode === 'IN_PERSON' || draft.deliveryMode === 'HOME_VISIT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (draft.title.trim().length < 3) problems.title = 'Enter a title of at least 3 characters';
    if (!draft.description.trim()) problems.description = 'Describe the activity';
    if (!draft.needs.length) problems['needs-0'] = 'Select at least one thing the activity helps with';
    if (!draft.deliveryMode) problems['deliveryMode-0'] = 'Select how the activity runs';
    if (draft.deliveryMode === 'IN_PERSON' && !draft.venueId) problems.venueId = 'Select the venue, or add one first';
    if (!draft.free) problems['free-0'] = 'Select whether the activity is free';
    draft.schedule.forEach((slot, i) => {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(slot.startTime))
        problems[`schedule.${i}.startTime`] = `Session ${i + 1}: enter the start time as hours and minutes, like 10:00`;
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(slot.endTime))
        problems[`schedule.${i}.endTime`] = `Session ${i + 1}: enter the end time as hours and minutes, like 12:00`;
      if (slot.recurrence === 'FORTNIGHTLY' && !/^\d{4}-\d{2}-\d{2}$/.test(slot.firstDate))
        problems[`schedule.${i}.firstDate-day`] = `Session ${i + 1}: enter the date of one of these sessions`;
    });
    for (const key of ['showFrom', 'showUntil'] as const) {
      if (draft[key] && !/^\d{4}-\d{2}-\d{2}$/.test(draft[key])) problems[`${key}-day`] = 'Enter a full date, like 1 6 2026, or leave it empty';
    }
    const counts: ('minimumAge' | 'maximumAge' | 'placesPerSession' | 'spacesAvailable' | 'waitingList')[] = [
      'minimumAge',
      'maximumAge',
      'placesPerSession',
      'spacesAvailable',
    ];
    if (draft.keepsWaitingList) counts.push('waitingList');
    for (const key of counts) {
      if (draft[key].trim() && !/^\d+$/.test(draft[key].trim())) problems[key] = 'Enter a whole number, or leave it empty';
    }
    const districts = data.postcodeDirectory.districts;
    let coverageDistricts = draft.coverageDistricts;
    if (districts.length > DISTRICT_CHECKBOXES) {
      const byName = new Map(districts.flatMap((d) => [[d.code.toLowerCase(), d.code], ...(d.name ? [[d.name.toLowerCase(), d.code] as const] : [])]));
      const typed = draft.coverageDistrictNames
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean);
      const unknown = typed.filter((name) => !byName.has(name.toLowerCase()));
      if (unknown.length) problems.coverageDistrictNames = `Not a local authority area we know: ${unknown.join(', ')}`;
      coverageDistricts = typed.map((name) => byName.get(name.toLowerCase())!).filter(Boolean);
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const fields = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      needs: draft.needs,
      category: draft.category || null,
      deliveryMode: draft.deliveryMode as DeliveryMode,
      venueId: inPerson && draft.venueId ? draft.venueId : null,
      schedule: draft.schedule.map((s) => ({
        day: s.day,
        startTime: s.startTime,
        endTime: s.endTime,
        recurrence: s.recurrence,
        firstDate: s.recurrence === 'FORTNIGHTLY' ? s.firstDate : null,
        weekOfMonth: s.recurrence === 'MONTHLY' ? Number(s.weekOfMonth) : null,
      })),
      termTimeOnly: draft.termTimeOnly,
      showFrom: draft.showFrom || null,
      showUntil: draft.showUntil || null,
      free: draft.free === 'true',
      costDescription: draft.costDescription.trim() || null,
      minimumAge: whole(draft.minimumAge),
      maximumAge: whole(draft.maximumAge),
      languages: draft.languages,
      coverageOutcodes: draft.deliveryMode === 'IN_PERSON' ? [] : draft.coverageOutcodes.split(/[\s,;]+/).filter(Boolean),
      coverageDistricts: draft.deliveryMode === 'IN_PERSON' ? [] : coverageDistricts,
      accessibility: draft.accessibility,
      selfReferral: draft.selfReferral === 'true',
      howToJoin: draft.howToJoin.trim() || null,
      contactEmail: draft.contactEmail.trim() || null,
      contactPhone: draft.contactPhone.trim() || null,
      capacity: {
        placesPerSession: whole(draft.placesPerSession),
        spacesAvailable: whole(draft.spacesAvailable),
        waitingList: draft.keepsWaitingList ? (whole(draft.waitingList) ?? 0) : null,
      },
    };
    if (activity) {
      if (await update.run({ id: activity.id, input: fields })) void navigate(`${base}/${activity.id}?done=saved`);
    } else {
      const input: CreateActivityInput = { ...fields, organisationId };
      const done = await create.run({ input });
      if (done) void navigate(`${base}/${done.createActivity.id}?done=created`);
    }
  };

  const failure = create.error ?? update.error;
  const fromApi = Object.fromEntries((failure?.problems ?? []).map((p) => [target(p.field), p.message]));
  const errors: Record<string, string> = { ...fromApi, ...local };
  const summary = Object.entries(errors).map(([field, message]) => ({ target: field, message }));
  if (failure && !failure.problems.length) summary.push({ target: '', message: failure.message });
  const running = create.running || update.running;

  return (
    <WorkspaceFrame
      title={activity ? `Edit ${activity.title}` : 'Add a listing'}
      back={activity ? { to: `${base}/${activity.id}`, text: 'Back to the listing' } : { to: base, text: 'All listings' }}
    >
      <ErrorSummary items={summary} />
      {params.get('copied') && (
        <NotificationBanner heading="This is a copy">
          <p>It is paused, so link workers cannot find it yet. Change what is different, save it, then resume it from the listing page.</p>
        </NotificationBanner>
      )}
      <form onSubmit={submit} noValidate>
        <h2 className="nhsuk-heading-m">About the activity</h2>
        <TextInput
          id="title"
          label="Title"
          hint="What people would call it, for example “Tuesday walking group”"
          value={draft.title}
          onChange={set('title')}
          maxLength={200}
          error={errors.title}
        />
        <Textarea
          id="description"
          label="Description"
          hint="What happens, who it suits and what to expect on the first visit. Plain words: link workers read this out to people."
          value={draft.description}
          onChange={set('description')}
          rows={6}
          error={errors.description}
        />
        <Checkboxes
          id="needs"
          legend="What it helps with"
          hint="Select all that apply. Link workers search by these."
          items={data.needs.map((n) => ({ value: n.code, label: n.label }))}
          selected={draft.needs}
          onChange={set('needs')}
          error={errors['needs-0']}
          small
        />
        <Select
          id="category"
          label="Type of activity (optional)"
          value={draft.category}
          options={[{ value: '', label: 'Choose a type' }, ...data.categories.map((c) => ({ value: c.code, label: c.label }))]}
          onChange={set('category')}
          error={errors.category}
        />

        <h2 className="nhsuk-heading-m">Where</h2>
        <Radios
          id="deliveryMode"
          legend="How it runs"
          items={(Object.keys(deliveryModeLabel) as DeliveryMode[]).map((mode) => ({ value: mode, label: deliveryModeLabel[mode] }))}
          selected={draft.deliveryMode}
          onChange={(mode) => set('deliveryMode')(mode as DeliveryMode)}
          error={errors['deliveryMode-0']}
        />
        {inPerson && (
          <>
            <Select
              id="venueId"
              label="Venue"
              hint={draft.deliveryMode === 'HOME_VISIT' ? 'Optional: where the visits are based' : undefined}
              value={draft.venueId}
              options={[
                { value: '', label: venues.length ? 'Choose a venue' : 'No venues yet' },
                ...venues.map((v) => ({ value: v.id, label: `${v.name}, ${v.town}` })),
              ]}
              onChange={set('venueId')}
              error={errors.venueId}
            />
            <p>
              <Link to={`/organisations/${organisationId}/venues/new`}>Add a venue</Link> (your changes here are not kept: save first, or add the venue first)
            </p>
          </>
        )}
        {draft.deliveryMode && draft.deliveryMode !== 'IN_PERSON' && (
          <TextInput
            id="coverageOutcodes"
            label="Postcode areas you cover (optional)"
            hint="The first part of the postcodes you reach, separated by spaces, for example M14 M15 M16. Leave empty if you reach people anywhere."
            value={draft.coverageOutcodes}
            onChange={set('coverageOutcodes')}
            error={errors.coverageOutcodes}
          />
        )}
        {draft.deliveryMode && draft.deliveryMode !== 'IN_PERSON' && data.postcodeDirectory.districts.length > DISTRICT_CHECKBOXES && (
          <TextInput
            id="coverageDistrictNames"
            label="Local authority areas you cover (optional)"
            hint="Their names, separated by commas, for example Bolton, Bury"
            value={draft.coverageDistrictNames}
            onChange={set('coverageDistrictNames')}
            error={errors.coverageDistrictNames ?? errors['coverageDistricts-0']}
          />
        )}
        {draft.deliveryMode &&
          draft.deliveryMode !== 'IN_PERSON' &&
          data.postcodeDirectory.districts.length > 0 &&
          data.postcodeDirectory.districts.length <= DISTRICT_CHECKBOXES && (
            <Checkboxes
              id="coverageDistricts"
              legend="Local authority areas you cover (optional)"
              hint="Anyone searching from a postcode in these areas finds this service"
              items={data.postcodeDirectory.districts.map((d) => ({ value: d.code, label: d.name ?? d.code }))}
              selected={draft.coverageDistricts}
              onChange={set('coverageDistricts')}
              error={errors['coverageDistricts-0']}
              small
            />
          )}

        <ScheduleEditor slots={draft.schedule} onChange={set('schedule')} errors={errors} />
        <Checkbox id="termTimeOnly" label="School term time only (not in the school holidays)" checked={draft.termTimeOnly} onChange={set('termTimeOnly')} />
        <DateInput
          id="showFrom"
          legend="Show in search from (optional)"
          hint="For something that runs part of the year, such as a summer holiday club. For example, 1 7 2026"
          value={draft.showFrom}
          onChange={set('showFrom')}
          error={errors['showFrom-day'] ?? errors.showFrom}
        />
        <DateInput
          id="showUntil"
          legend="Show in search until (optional)"
          hint="The last day link workers can find it"
          value={draft.showUntil}
          onChange={set('showUntil')}
          error={errors['showUntil-day'] ?? errors.showUntil}
        />

        <h2 className="nhsuk-heading-m">Who it is for</h2>
        <TextInput
          id="minimumAge"
          label="Youngest age (optional)"
          value={draft.minimumAge}
          onChange={set('minimumAge')}
          width="3"
          inputMode="numeric"
          error={errors.minimumAge}
        />
        <TextInput
          id="maximumAge"
          label="Oldest age (optional)"
          value={draft.maximumAge}
          onChange={set('maximumAge')}
          width="3"
          inputMode="numeric"
          error={errors.maximumAge}
        />
        <Checkboxes
          id="languages"
          legend="Languages spoken"
          items={LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))}
          selected={draft.languages}
          onChange={set('languages')}
          error={errors['languages-0']}
          small
        />
        <Checkboxes
          id="accessibility"
          legend="Accessibility of the activity itself"
          hint="The venue’s own features (step-free access, hearing loop…) are added from the venue"
          items={data.accessibility.map((f) => ({ value: f.code, label: f.label }))}
          selected={draft.accessibility}
          onChange={set('accessibility')}
          error={errors['accessibility-0']}
          small
        />

        <h2 className="nhsuk-heading-m">Cost</h2>
        <Radios
          id="free"
          legend="Is it free?"
          items={[
            { value: 'true', label: 'Yes, it is free' },
            { value: 'false', label: 'No, there is a cost' },
          ]}
          selected={draft.free}
          onChange={set('free')}
          error={errors['free-0']}
          inline
        />
        <TextInput
          id="costDescription"
          label={draft.free === 'false' ? 'What it costs' : 'Anything to know about cost (optional)'}
          hint="For example “£2 a session, free for carers” or “Bring a packed lunch”"
          value={draft.costDescription}
          onChange={set('costDescription')}
          maxLength={500}
          error={errors.costDescription}
        />

        <h2 className="nhsuk-heading-m">Joining</h2>
        <Radios
          id="selfReferral"
          legend="Can people join without a referral?"
          items={[
            { value: 'true', label: 'Yes, people can contact us themselves' },
            { value: 'false', label: 'No, only through a link worker' },
          ]}
          selected={draft.selfReferral}
          onChange={set('selfReferral')}
          error={errors['selfReferral-0']}
        />
        <Textarea
          id="howToJoin"
          label="How to join (optional)"
          hint="For example “Just turn up, the kettle is on from 10” or “Call Sam first so we can meet you at the door”"
          value={draft.howToJoin}
          onChange={set('howToJoin')}
          rows={3}
          maxLength={1000}
          error={errors.howToJoin}
        />
        <TextInput
          id="contactEmail"
          type="email"
          label="Contact email for this activity (optional)"
          hint="Leave empty to show your organisation’s"
          value={draft.contactEmail}
          onChange={set('contactEmail')}
          autoComplete="off"
          spellCheck={false}
          error={errors.contactEmail}
        />
        <TextInput
          id="contactPhone"
          type="tel"
          label="Contact phone for this activity (optional)"
          hint="Leave empty to show your organisation’s"
          value={draft.contactPhone}
          onChange={set('contactPhone')}
          width="20"
          autoComplete="off"
          error={errors.contactPhone}
        />

        <h2 className="nhsuk-heading-m">Places</h2>
        <TextInput
          id="placesPerSession"
          label="Places in each session (optional)"
          value={draft.placesPerSession}
          onChange={set('placesPerSession')}
          width="4"
          inputMode="numeric"
          error={errors.placesPerSession}
        />
        <TextInput
          id="spacesAvailable"
          label="Spaces free now (optional)"
          hint="Leave empty if you do not count them. You can change this in one tap from your listings."
          value={draft.spacesAvailable}
          onChange={set('spacesAvailable')}
          width="4"
          inputMode="numeric"
          error={errors.spacesAvailable}
        />
        <Checkbox id="keepsWaitingList" label="We keep a waiting list" checked={draft.keepsWaitingList} onChange={set('keepsWaitingList')} />
        {draft.keepsWaitingList && (
          <TextInput
            id="waitingList"
            label="People on the waiting list"
            value={draft.waitingList}
            onChange={set('waitingList')}
            width="4"
            inputMode="numeric"
            error={errors.waitingList}
          />
        )}

        <button type="submit" className="nhsuk-button" disabled={running}>
          {activity ? 'Save changes' : 'Add listing'}
        </button>
      </form>
    </WorkspaceFrame>
  );
}
