import { Tag } from '../../components/content';
import type { ActivityStatus, CapacityState } from '../../gql/graphql';
import { longDate } from '../search/format';

/** Active, paused (until when) or closed, as a tag. */
export function ListingStatusTag({ status, resumesOn }: { status: ActivityStatus; resumesOn?: string | null }) {
  if (status === 'PAUSED') return <Tag colour="yellow">{resumesOn ? `Paused until ${longDate(resumesOn)}` : 'Paused'}</Tag>;
  if (status === 'CLOSED') return <Tag colour="grey">Closed</Tag>;
  return <Tag colour="green">In search</Tag>;
}

export const AVAILABILITY: { state: CapacityState; label: string }[] = [
  { state: 'SPACES_AVAILABLE', label: 'Spaces available' },
  { state: 'WAITING_LIST', label: 'Waiting list' },
  { state: 'FULL', label: 'Full' },
];

/** Spaces, waiting list or full in one tap: the current one is pressed. */
export function AvailabilityButtons({
  id,
  title,
  state,
  disabled,
  onChoose,
}: {
  id: string;
  title: string;
  state: CapacityState;
  disabled?: boolean;
  onChoose: (state: CapacityState) => void;
}) {
  const label = `places-${id}`;
  return (
    <div className="app-actions" role="group" aria-labelledby={label}>
      <span className="nhsuk-body-s nhsuk-u-margin-bottom-0" id={label}>
        Places now<span className="nhsuk-u-visually-hidden"> at {title}</span>:
      </span>
      {AVAILABILITY.map((option) => (
        <button
          key={option.state}
          type="button"
          className={`nhsuk-button nhsuk-button--small ${option.state === state ? '' : 'nhsuk-button--secondary'}`}
          aria-pressed={option.state === state}
          disabled={disabled}
          onClick={() => option.state !== state && onChoose(option.state)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
