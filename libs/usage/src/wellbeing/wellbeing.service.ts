import { Inject, Injectable } from '@nestjs/common';
import { Viewer } from '@app/access';
import { addDays, BadUserInputError, ConflictError, FieldProblem, isIsoDate, isoDay, CLOCK, Clock } from '@app/common';
import { holdTransactionLock, Transactions } from '@app/database';
import { Deprivation, isFullPostcode } from '@app/geo';
import { PERSON_REF_SECRET } from '../connections/connections.service';
import { screenedPersonHash } from '../connections/person-reference';
import { FOLLOW_UP_DUE_DAYS, MEASURE_ITEMS, WellbeingItem, WellbeingMeasure, WellbeingOccasion } from './wellbeing-enums';
import { WellbeingRecordEntity } from './wellbeing-record.entity';
import { WellbeingRepository } from './wellbeing.repository';
import { RecordWellbeingInput, WellbeingFollowUpDueType, WellbeingRecordType } from './wellbeing.types';

/** Look this far ahead for follow-ups falling due, so the reminder comes before the day. */
const DUE_SOON_DAYS = 7;

/**
 * Wellbeing measures a link worker records about a person at first contact and at follow-up, keyed
 * by the hash of their own reference for the person, as connections are.
 */
@Injectable()
export class WellbeingService {
  constructor(
    private readonly transactions: Transactions,
    private readonly records: WellbeingRepository,
    private readonly deprivation: Deprivation,
    @Inject(PERSON_REF_SECRET) private readonly secret: string,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async record(viewer: NonNullable<Viewer>, input: RecordWellbeingInput): Promise<WellbeingRecordType> {
    const personRefHash = screenedPersonHash(input.personReference, this.secret);
    const measure = input.measure ?? WellbeingMeasure.ONS4;
    const today = isoDay(this.clock.now());
    const recordedOn = input.recordedOn ?? today;
    const problems: FieldProblem[] = [...scoreProblems(measure, input.scores)];
    if (!isIsoDate(recordedOn)) problems.push({ field: 'recordedOn', message: 'must be a date, YYYY-MM-DD' });
    else if (recordedOn > today) problems.push({ field: 'recordedOn', message: 'must not be in the future' });
    const bands = input.bands;
    if (bands && input.occasion !== WellbeingOccasion.FIRST_CONTACT)
      problems.push({ field: 'bands', message: 'equity bands are recorded once, with the first contact' });
    const postcode = bands?.postcode?.trim();
    if (postcode && !isFullPostcode(postcode)) problems.push({ field: 'bands.postcode', message: 'must be a full UK postcode, e.g. M14 5RA' });
    if (problems.length) throw new BadUserInputError(problems);

    const saved = await this.transactions.withTransaction(async () => {
      // Two saves for the same person at once: the second waits here, then sees the first.
      await holdTransactionLock(this.transactions.tx, `wellbeing:${viewer.userId}:${personRefHash}`);
      const open = await this.records.openFirstContact(viewer.userId, personRefHash);
      if (input.occasion === WellbeingOccasion.FIRST_CONTACT && open)
        throw new ConflictError(`This person’s first contact, recorded on ${open.recordedOn}, has no follow-up yet: record the follow-up instead`, {
          fields: ['occasion'],
        });
      if (input.occasion === WellbeingOccasion.FOLLOW_UP) {
        if (!open) throw BadUserInputError.field('occasion', 'there is no first contact for this person to follow up: record the first contact first');
        if (recordedOn <= open.recordedOn) throw BadUserInputError.field('recordedOn', `must be after the first contact (${open.recordedOn})`);
      }
      return this.records.insert(
        {
          linkWorkerId: viewer.userId,
          personRefHash,
          measure,
          occasion: input.occasion,
          recordedOn,
          firstContactId: input.occasion === WellbeingOccasion.FOLLOW_UP ? open!.id : null,
          ageBand: bands?.ageBand ?? null,
          sex: bands?.sex ?? null,
          ethnicGroup: bands?.ethnicGroup ?? null,
          // The postcode is used here and dropped: only the decile of its area is kept.
          deprivationDecile: postcode ? await this.deprivation.decileAt(postcode) : null,
        },
        input.scores.map((s) => ({ item: s.item, score: s.score })),
      );
    });
    return (await this.views([saved]))[0];
  }

  /** The person's records with you, oldest first (found by your reference; nobody else's). */
  async forPerson(viewer: NonNullable<Viewer>, personReference: string): Promise<WellbeingRecordType[]> {
    return this.views(await this.records.forPerson(viewer.userId, screenedPersonHash(personReference, this.secret)));
  }

  /** Your first contacts whose follow-up is due, or falls due within a week. */
  async followUpsDue(viewer: NonNullable<Viewer>): Promise<WellbeingFollowUpDueType[]> {
    const firstContactBy = addDays(isoDay(this.clock.now()), DUE_SOON_DAYS - FOLLOW_UP_DUE_DAYS);
    const rows = await this.records.followUpsDue(viewer.userId, firstContactBy);
    return rows.map((r) => ({ ...r, dueOn: addDays(r.firstContactOn, FOLLOW_UP_DUE_DAYS) }));
  }

  private async views(records: WellbeingRecordEntity[]): Promise<WellbeingRecordType[]> {
    const scores = await this.records.scoresOf(records.map((r) => r.id));
    const pairs = await this.records.pairs(records);
    return records.map((r) => {
      const order = MEASURE_ITEMS[r.measure];
      const first = r.occasion === WellbeingOccasion.FIRST_CONTACT;
      const hasBands = r.ageBand || r.sex || r.ethnicGroup || r.deprivationDecile;
      return {
        id: r.id,
        occasion: r.occasion,
        measure: r.measure,
        recordedOn: r.recordedOn,
        scores: scores
          .filter((s) => s.recordId === r.id)
          .sort((a, b) => order.indexOf(a.item) - order.indexOf(b.item))
          .map((s) => ({ item: s.item, score: s.score })),
        bands: first && hasBands ? { ageBand: r.ageBand, sex: r.sex, ethnicGroup: r.ethnicGroup, deprivationDecile: r.deprivationDecile } : null,
        followUpDueOn: first ? addDays(r.recordedOn, FOLLOW_UP_DUE_DAYS) : null,
        pairedWith: pairs.get(r.id) ?? null,
      };
    });
  }
}

/** Each item of the measure scored exactly once, and nothing else. */
function scoreProblems(measure: WellbeingMeasure, scores: readonly { item: WellbeingItem }[]): FieldProblem[] {
  const items = MEASURE_ITEMS[measure];
  const given = scores.map((s) => s.item);
  const problems: FieldProblem[] = [];
  const foreign = given.filter((item) => !items.includes(item));
  if (foreign.length) problems.push({ field: 'scores', message: `${foreign.join(', ')} ${foreign.length > 1 ? 'are' : 'is'} not part of ${measure}` });
  const twice = items.filter((item) => given.filter((g) => g === item).length > 1);
  if (twice.length) problems.push({ field: 'scores', message: `give one score for ${twice.join(', ')}` });
  const missing = items.filter((item) => !given.includes(item));
  if (missing.length) problems.push({ field: 'scores', message: `${measure} needs a score for ${missing.join(', ')} too` });
  return problems;
}
