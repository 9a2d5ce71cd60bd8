import { EntityManager } from 'typeorm';
import { addDays, isoDay } from '@app/common';

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const AGE_BANDS = ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_64', 'AGE_55_64', 'AGE_65_74', 'AGE_65_74', 'AGE_75_84', 'AGE_85_AND_OVER'];
// Roughly Manchester's 2021 census mix.
const ETHNIC_GROUPS = ['WHITE', 'WHITE', 'WHITE', 'WHITE', 'WHITE', 'ASIAN', 'ASIAN', 'BLACK', 'MIXED', 'OTHER'];
// People referred come more often from the most deprived areas.
const DECILES = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * ONS4 wellbeing for the demo's referred people (the same made-up keyed references as their
 * connections): a first contact on the day of their first connection, with consented bands for
 * most, and a follow-up 8 to 12 weeks later where that has come; scores start low, as they do for
 * people referred, and most rise a little. A few first contacts are due for follow-up now.
 */
export async function seedDemoWellbeing(em: EntityManager, linkWorkerId: string, today: Date): Promise<void> {
  const next = random(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const clamp = (n: number) => Math.max(0, Math.min(10, Math.round(n)));
  const people: { hash: string; first: string }[] = await em.query(
    `SELECT person_ref_hash AS hash, to_char(min(created_at), 'YYYY-MM-DD') AS first FROM connections
      WHERE link_worker_id = $1 AND person_ref_hash IS NOT NULL GROUP BY person_ref_hash ORDER BY 2, 1`,
    [linkWorkerId],
  );
  const todayIso = isoDay(today);
  for (const person of people) {
    const consented = next() < 0.85;
    const [{ id: firstId }] = await em.query(
      `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, age_band, sex, ethnic_group, deprivation_decile)
       VALUES ($1, $2, 'ONS4', 'FIRST_CONTACT', $3, $4, $5, $6, $7) RETURNING id`,
      [
        linkWorkerId,
        person.hash,
        person.first,
        consented ? pick(AGE_BANDS) : null,
        consented ? pick(['FEMALE', 'FEMALE', 'MALE']) : null,
        consented ? pick(ETHNIC_GROUPS) : null,
        consented && next() < 0.9 ? pick(DECILES) : null,
      ],
    );
    const baseline = { LIFE_SATISFACTION: 4 + next() * 3, WORTHWHILE: 4.5 + next() * 3, HAPPINESS: 3.5 + next() * 3.5, ANXIETY: 4.5 + next() * 4 };
    const scores = (record: string, shift: number) =>
      em.query('INSERT INTO wellbeing_scores (record_id, item, score) SELECT $1, key::wellbeing_item, value::smallint FROM jsonb_each_text($2::jsonb)', [
        record,
        JSON.stringify(Object.fromEntries(Object.entries(baseline).map(([item, score]) => [item, clamp(item === 'ANXIETY' ? score - shift : score + shift)]))),
      ]);
    await scores(firstId, 0);
    const followOn = addDays(person.first, 56 + Math.floor(next() * 28));
    // One in eight has not been followed up yet although it is due: the link worker's reminders.
    if (followOn <= todayIso && next() >= 0.125) {
      const [{ id: followId }] = await em.query(
        `INSERT INTO wellbeing_records (link_worker_id, person_ref_hash, measure, occasion, recorded_on, first_contact_id)
         VALUES ($1, $2, 'ONS4', 'FOLLOW_UP', $3, $4) RETURNING id`,
        [linkWorkerId, person.hash, followOn, firstId],
      );
      await scores(followId, next() * 3 - 0.5);
    }
  }
}
