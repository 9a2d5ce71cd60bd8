import { FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorSummary } from '../../components/error-summary';
import { Details } from '../../components/content';
import { Loading, WarningCallout } from '../../components/feedback';
import { Checkboxes, Textarea, TextInput } from '../../components/form-fields';
import { graphql } from '../../gql';
import type { VenueFormDataQuery } from '../../gql/graphql';
import { ErrorPanel, NotFoundPage } from '../pages/StatusPages';
import { useOrganisationId, WorkspaceFrame } from './WorkspaceFrame';

const FORM_DATA = graphql(`
  query VenueFormData($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      venues(includeArchived: true) {
        id
        name
        addressLine1
        town
        postcode
        latitude
        longitude
        precision
        transportNotes
        archived
        accessibility {
          code
        }
      }
    }
    accessibility: taxonomy(kind: ACCESSIBILITY) {
      code
      label
    }
  }
`);

const CREATE = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {
    updateVenue(id: $id, input: $input) {
      id
    }
  }
`);

const ARCHIVE = graphql(`
  mutation ArchiveVenue($id: ID!) {
    archiveVenue(id: $id) {
      id
    }
  }
`);

type Venue = NonNullable<VenueFormDataQuery['organisation']>['venues'][number];

/** Add or edit a venue; archive one no listing uses any more. */
export function VenueFormPage() {
  const organisationId = useOrganisationId();
  const { venueId } = useParams();
  const form = useQuery(FORM_DATA, { organisationId });
  if (form.loading && !form.data) return <Loading what="Loading the form" />;
  if (form.error || !form.data?.organisation) return <ErrorPanel message={form.error?.message ?? 'The form could not be loaded.'} retry={form.refetch} />;
  const venue = venueId ? form.data.organisation.venues.find((v) => v.id === venueId) : undefined;
  if (venueId && (!venue || venue.archived)) return <NotFoundPage />;
  return <VenueForm key={venueId ?? 'new'} venue={venue} features={form.data.accessibility} />;
}

function VenueForm({ venue, features }: { venue?: Venue; features: { code: string; label: string }[] }) {
  const organisationId = useOrganisationId();
  const navigate = useNavigate();
  const create = useMutation(CREATE);
  const update = useMutation(UPDATE);
  const archive = useMutation(ARCHIVE);
  const [fields, setFields] = useState({
    name: venue?.name ?? '',
    addressLine1: venue?.addressLine1 ?? '',
    town: venue?.town ?? '',
    postcode: venue?.postcode ?? '',
    // Only a position someone gave: one taken from the postcode is found again from it.
    latitude: venue?.precision === 'COORDINATES' ? String(venue.latitude) : '',
    longitude: venue?.precision === 'COORDINATES' ? String(venue.longitude) : '',
    transportNotes: venue?.transportNotes ?? '',
    accessibility: venue?.accessibility.map((f) => f.code) ?? [],
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (key: keyof typeof fields) => (value: string | string[]) => setFields((f) => ({ ...f, [key]: value }));
  const list = `/organisations/${organisationId}/venues`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (fields.name.trim().length < 2) problems.name = 'Enter the venue’s name';
    if (fields.addressLine1.trim().length < 2) problems.addressLine1 = 'Enter the first line of the address';
    if (fields.town.trim().length < 2) problems.town = 'Enter the town or city';
    if (!fields.postcode.trim()) problems.postcode = 'Enter the postcode';
    const position = [fields.latitude.trim(), fields.longitude.trim()];
    for (const [key, value, example] of [
      ['latitude', position[0], '53.4481'],
      ['longitude', position[1], '-2.2257'],
    ] as const) {
      if (value && !Number.isFinite(Number(value))) problems[key] = `Enter the ${key} as a number of degrees, for example ${example}`;
      else if (!value && position.some(Boolean)) problems[key] = `Enter the ${key} too, or leave both empty`;
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    const input = {
      name: fields.name.trim(),
      addressLine1: fields.addressLine1.trim(),
      town: fields.town.trim(),
      postcode: fields.postcode.trim(),
      latitude: position[0] ? Number(position[0]) : null,
      longitude: position[1] ? Number(position[1]) : null,
      transportNotes: fields.transportNotes.trim() || null,
      accessibility: fields.accessibility,
    };
    if (venue) {
      if (await update.run({ id: venue.id, input })) void navigate(`${list}?done=saved`);
    } else if (await create.run({ input: { ...input, organisationId } })) void navigate(`${list}?done=added`);
  };
  const doArchive = async () => {
    if (venue && (await archive.run({ id: venue.id }))) void navigate(`${list}?done=archived`);
  };

  const failure = create.error ?? update.error;
  const fromApi = Object.fromEntries((failure?.problems ?? []).map((p) => [p.field === 'accessibility' ? 'accessibility-0' : p.field, p.message]));
  const errors: Record<string, string> = { ...fromApi, ...local };
  const summary = Object.entries(errors).map(([target, message]) => ({ target, message }));
  if (failure && !failure.problems.length) summary.push({ target: '', message: failure.message });

  return (
    <WorkspaceFrame title={venue ? `Edit ${venue.name}` : 'Add a venue'} back={{ to: list, text: 'All venues' }}>
      <ErrorSummary items={summary} />
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="Name of the venue"
          hint="For example “St Mark’s church hall”"
          value={fields.name}
          onChange={set('name')}
          maxLength={200}
          error={errors.name}
        />
        <TextInput
          id="addressLine1"
          label="Address line 1"
          value={fields.addressLine1}
          onChange={set('addressLine1')}
          autoComplete="address-line1"
          maxLength={200}
          error={errors.addressLine1}
        />
        <TextInput
          id="town"
          label="Town or city"
          value={fields.town}
          onChange={set('town')}
          autoComplete="address-level2"
          width="two-thirds"
          maxLength={100}
          error={errors.town}
        />
        <TextInput
          id="postcode"
          label="Postcode"
          value={fields.postcode}
          onChange={set('postcode')}
          autoComplete="postal-code"
          width="10"
          error={errors.postcode}
        />
        <Details summary="Place it exactly (optional)" open={Boolean(fields.latitude || fields.longitude || errors.latitude || errors.longitude)}>
          <p>
            Distances are measured from the postcode. If the way in is somewhere else, such as a park gate, give its position. You can copy it from a map app:
            latitude first, then longitude.
          </p>
          <TextInput
            id="latitude"
            label="Latitude"
            hint="For example 53.4481"
            value={fields.latitude}
            onChange={set('latitude')}
            width="10"
            error={errors.latitude}
          />
          <TextInput
            id="longitude"
            label="Longitude"
            hint="For example -2.2257 (west of Greenwich is negative)"
            value={fields.longitude}
            onChange={set('longitude')}
            width="10"

            error={errors.longitude}
          />
        </Details>
        <Checkboxes
          id="accessibility"
          legend="Accessibility of the venue"
          hint="Every listing held here shows these"
          items={features.map((f) => ({ value: f.code, label: f.label }))}
          selected={fields.accessibility}
          onChange={set('accessibility')}
          error={errors['accessibility-0']}
          small
        />
        <Textarea
          id="transportNotes"
          label="Getting there (optional)"
          hint="Buses, parking, which door to use"
          value={fields.transportNotes}
          onChange={set('transportNotes')}
          rows={3}
          maxLength={1000}
          error={errors.transportNotes}
        />
        <button type="submit" className="nhsuk-button" disabled={create.running || update.running}>
          {venue ? 'Save venue' : 'Add venue'}
        </button>
      </form>
      {venue && (
        <>
          <h2 className="nhsuk-heading-m">No longer used?</h2>
          <p>Archive the venue once no open listing is held there. It is kept for the history of past listings.</p>
          {archive.error && (
            <WarningCallout heading="The venue was not archived">
              <p>{archive.error.message}</p>
            </WarningCallout>
          )}
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => void doArchive()} disabled={archive.running}>
            Archive venue
          </button>
        </>
      )}
    </WorkspaceFrame>
  );
}
