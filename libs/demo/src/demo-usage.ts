import { createHmac } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { isoDay, isoMonth, isoQuarter } from '@app/common';

/** Deterministic pseudo-random numbers, so the demo looks the same on every machine. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const OUTCOMES = ['ATTENDED', 'ATTENDED', 'ATTENDED', 'DID_NOT_ATTEND', 'ACCEPTED', 'DECLINED', 'PENDING', 'GROUP_FULL'];
const FUNDERS: [string, string][] = [
  ['ICB social prescribing fund', 'NHS'],
  ['Council wellbeing grant', 'LOCAL_AUTHORITY'],
  ['National Lottery', 'GRANT'],
  ['Donations', 'DONATIONS'],
  ['Café takings', 'TRADING'],
];

/**
 * Six months of usage for the demo: connections with outcomes (and their history), monthly
 * attendance returns, two quarterly sustainability returns per organisation, and search demand.
 * No personal data: person references are keyed hashes of made-up opaque references.
 */
export async function seedDemoUsage(em: EntityManager, linkWorkerId: string, leaderId: string, today: Date): Promise<void> {
  const next = random(7);
  const activities: { id: string; organisation_id: string; needs: string[]; status: string; outcode: string | null }[] = await em.query(
    `SELECT a.id, a.organisation_id, a.needs, a.status, v.outcode FROM activities a LEFT JOIN venues v ON v.id = a.venue_id ORDER BY a.title`,
  );
  const now = today.getTime();
  for (const activity of activities.filter((a) => a.status === 'ACTIVE')) {
    const count = 3 + Math.floor(next() * 14);
    for (let i = 0; i < count; i++) {
      const created = new Date(now - Math.floor(next() * 180) * 86_400_000 - Math.floor(next() * 8) * 3600_000);
      // A group answers within days: referrals made this week may still be waiting, older ones never are.
      const ageDays = (now - created.getTime()) / 86_400_000;
      const drawn = OUTCOMES[Math.floor(next() * OUTCOMES.length)];
      const outcome = ageDays < 3 ? 'PENDING' : drawn === 'PENDING' && ageDays > 10 ? 'ATTENDED' : drawn;
      const reference = createHmac('sha256', 'demo')
        .update(`DEMO-${Math.floor(next() * 400)}`)
        .digest('hex');
      const [{ id }] = await em.query(
        `INSERT INTO connections (activity_id, organisation_id, link_worker_id, needs, person_ref_hash, outcome, outcome_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          activity.id,
          activity.organisation_id,
          linkWorkerId,
          activity.needs.slice(0, 2),
          reference,
          outcome,
          outcome === 'PENDING' ? null : new Date(created.getTime() + 2 * 86_400_000),
          created,
        ],
      );
      const history =
        outcome === 'PENDING' ? ['PENDING'] : ['ATTENDED', 'DID_NOT_ATTEND'].includes(outcome) ? ['PENDING', 'ACCEPTED', outcome] : ['PENDING', outcome];
      for (const [step, state] of history.entries()) {
        await em.query('INSERT INTO connection_outcome_events (connection_id, outcome, actor_id, at) VALUES ($1, $2, $3, $4)', [
          id,
          state,
          step === 0 || state === 'ATTENDED' ? linkWorkerId : leaderId,
          new Date(created.getTime() + step * 86_400_000),
        ]);
      }
    }
    for (let m = 1; m <= 6; m++) {
      const month = new Date(now);
      month.setUTCDate(1);
      month.setUTCMonth(month.getUTCMonth() - m);
      const sessions = 2 + Math.floor(next() * 8);
      const attendances = sessions * (3 + Math.floor(next() * 12));
      await em.query(
        `INSERT INTO attendance_returns (activity_id, organisation_id, month, sessions_run, attendances, new_participants, submitted_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [activity.id, activity.organisation_id, isoMonth(month), sessions, attendances, Math.floor(attendances * 0.15), leaderId],
      );
    }
  }

  const organisations: { id: string }[] = await em.query('SELECT id FROM organisations ORDER BY name');
  for (const [index, { id }] of organisations.entries()) {
    for (const quartersAgo of [2, 1]) {
      const at = new Date(now);
      at.setUTCMonth(at.getUTCMonth() - 3 * quartersAgo);
      const sources = FUNDERS.filter(() => next() < 0.55).map(([source, kind]) => ({
        source,
        kind,
        annualAmountPence: (2 + Math.floor(next() * 40)) * 100_000,
        endsOn: kind === 'DONATIONS' || kind === 'TRADING' ? null : isoDay(new Date(now + (index % 3 === 0 ? 60 : 400) * 86_400_000)),
      }));
      await em.query(
        `INSERT INTO sustainability_returns (organisation_id, period, funding_sources, volunteers, paid_staff_fte, monthly_costs_pence, reserves_months, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          id,
          isoQuarter(at),
          JSON.stringify(sources),
          index % 4 === 0 && quartersAgo === 1 ? 6 : 12 + (index % 7),
          (index % 5) * 0.5,
          (4 + index) * 50_000,
          index % 3 === 0 ? 2 : 7,
          leaderId,
        ],
      );
    }
  }

  const needs = ['loneliness', 'mental_health', 'money_and_debt', 'bereavement', 'carers', 'physical_activity', 'housing', 'digital_inclusion'];
  const outcodes = ['M1', 'M4', 'M8', 'M13', 'M14', 'M19', 'M20', 'M22', 'OL16', 'BL1', 'SK1', 'WN1'];
  for (let i = 0; i < 900; i++) {
    const need = needs[Math.floor(next() * needs.length)];
    const results = need === 'housing' && next() < 0.6 ? 0 : Math.floor(next() * 9);
    await em.query(`INSERT INTO search_demand (searched_at, needs, outcode, filters, result_count) VALUES ($1, $2, $3, '{}', $4)`, [
      new Date(now - Math.floor(next() * 180 * 24) * 3600_000),
      [need],
      next() < 0.7 ? outcodes[Math.floor(next() * outcodes.length)] : null,
      results,
    ]);
  }
}
