import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { ActivityCardFragment } from '../../gql/graphql';
import { ago, cost, distance, nextSession } from './format';
import { AssuranceTag, CapacityTag, deliveryModeLabel } from './status-tags';
import { Tag } from '../../components/content';

graphql(`
  fragment ActivityCard on Activity {
    id
    title
    deliveryMode
    free
    costDescription
    lastVerifiedAt
    freshness
    termTimeOnly
    schedule {
      day
      startTime
      endTime
      recurrence
      firstDate
      weekOfMonth
    }
    capacity {
      state
    }
    organisation {
      id
      name
      assuranceStatus
    }
    venue {
      name
      town
      latitude
      longitude
    }
  }
`);

/** One search result as a link worker scans it: what, who, where, when, cost, room, trust, freshness. */
interface Reach {
  distanceKm?: number | null;
  distanceApproximate?: boolean;
  coversArea?: boolean;
}

export function ActivityCard({ activity, hit, headingLevel = 2 }: { activity: ActivityCardFragment; hit?: Reach; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const where = activity.venue ? `${activity.venue.name}, ${activity.venue.town}` : deliveryModeLabel[activity.deliveryMode];
  const away = hit?.coversArea ? 'covers your area' : distance(hit?.distanceKm, hit?.distanceApproximate);
  return (
    <li className="nhsuk-card app-result">
      <div className="nhsuk-card__content">
        <Heading className={`nhsuk-card__heading ${headingLevel === 2 ? 'nhsuk-heading-m' : 'nhsuk-heading-s'}`}>
          <Link to={`/activities/${activity.id}`}>{activity.title}</Link>
        </Heading>
        <p className="nhsuk-body-s app-result__organisation">{activity.organisation.name}</p>
        <p className="app-result__tags">
          <AssuranceTag status={activity.organisation.assuranceStatus} /> <CapacityTag state={activity.capacity.state} />
        </p>
        <dl className="app-result__facts">
          <div>
            <dt>Where</dt>
            <dd>
              {where}
              {away && <> · {away}</>}
            </dd>
          </div>
          <div>
            <dt>Next session</dt>
            <dd>
              {nextSession(activity.schedule) ?? 'Ask the group'}
              {activity.termTimeOnly && ' (term time only)'}
            </dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd>{cost(activity.free, activity.costDescription)}</dd>
          </div>
          <div>
            <dt>Last checked</dt>
            <dd>
              {activity.lastVerifiedAt ? `Checked by the group ${ago(activity.lastVerifiedAt)}` : 'Not yet checked by the group'}
              {activity.freshness === 'STALE' && (
                <>
                  {' '}
                  <Tag colour="orange">Check it still runs</Tag>
                </>
              )}
            </dd>
          </div>
        </dl>
      </div>
    </li>
  );
}
