import { ConnectionFlag, ConnectionOutcome, DeclineReason } from '../usage-enums';
import { NotificationKind } from './notification-kind';

/** What a message needs to know about the connection; never anything about the person. */
export interface NotificationFacts {
  kind: NotificationKind;
  connectionId: string;
  organisationId: string;
  organisationName: string;
  activityTitle: string;
  outcome: ConnectionOutcome;
  declineReason: DeclineReason | null;
  flag: ConnectionFlag | null;
  referrerName: string | null;
  referrerOrganisation: string | null;
  hasContact: boolean;
  needs: string[];
  answerBy: Date | null;
}

export interface MessagePart {
  subject: string;
  body: string[];
}

const longDate = (at: Date) => at.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/London' });

const DECLINE_WORDS: Record<DeclineReason, string> = {
  NOT_SUITABLE: 'the activity does not suit what the person needs',
  OUTSIDE_AGE_RANGE: 'the person is outside the ages the activity is for',
  TOO_FAR: 'it is too far for the person to travel',
  COULD_NOT_CONTACT: 'the group could not reach the person',
  PERSON_DID_NOT_WANT_IT: 'the person decided not to join',
  OTHER: 'another reason (contact the group to talk it through)',
};

const FLAG_WORDS: Record<ConnectionFlag, string> = {
  ORGANISATION_SUSPENDED: 'has been suspended from the directory while a concern is looked into',
  ACTIVITY_PAUSED: 'is paused',
  ACTIVITY_CLOSED: 'has closed',
};

/**
 * The words of one notification, with links into the web app. Mail holds no contact details of the
 * person, only a link to where those allowed to can read them.
 */
export function notificationMessage(f: NotificationFacts, publicUrl: string): MessagePart {
  const referrer = [f.referrerName ?? 'A link worker', f.referrerOrganisation && `(${f.referrerOrganisation})`].filter(Boolean).join(' ');
  const inbox = `${publicUrl}/organisations/${f.organisationId}/referrals`;
  const connection = `${publicUrl}/connections/${f.connectionId}`;
  const search = `${publicUrl}/?needs=${f.needs.map(encodeURIComponent).join(',')}`;
  switch (f.kind) {
    case NotificationKind.NEW_REFERRAL:
      return {
        subject: `New referral to ${f.activityTitle}`,
        body: [
          `${referrer} has referred someone to ${f.activityTitle}.`,
          f.hasContact
            ? 'They shared how to contact the person, with the person’s consent: sign in to see the details.'
            : 'Reply to the link worker to arrange how the person joins.',
          f.answerBy ? `Please accept or decline by ${longDate(f.answerBy)}: ${inbox}` : `Please accept or decline: ${inbox}`,
        ],
      };
    case NotificationKind.REFERRAL_WITHDRAWN:
      return {
        subject: `Referral to ${f.activityTitle} withdrawn`,
        body: [`${referrer} withdrew a referral to ${f.activityTitle}. There is nothing more to do.`, inbox],
      };
    case NotificationKind.ANSWER_OVERDUE:
      return {
        subject: `A referral to ${f.activityTitle} is waiting for your answer`,
        body: [
          `${referrer} referred someone to ${f.activityTitle} and has not heard back.`,
          `Please accept or decline${f.answerBy ? ` by ${longDate(f.answerBy)}` : ''}, or the referral will be marked as no response and the link worker will look for another option: ${inbox}`,
        ],
      };
    case NotificationKind.REFERRAL_ANSWERED: {
      const answer =
        f.outcome === ConnectionOutcome.DECLINED
          ? `declined your referral to ${f.activityTitle}: ${DECLINE_WORDS[f.declineReason ?? DeclineReason.OTHER]}.`
          : f.outcome === ConnectionOutcome.GROUP_FULL
            ? `could not take your referral to ${f.activityTitle}: the group is full.`
            : `accepted your referral to ${f.activityTitle}.`;
      const accepted = f.outcome === ConnectionOutcome.ACCEPTED || f.outcome === ConnectionOutcome.ATTENDED || f.outcome === ConnectionOutcome.DID_NOT_ATTEND;
      return {
        subject: accepted ? `${f.organisationName} accepted your referral` : `${f.organisationName} could not take your referral`,
        body: [`${f.organisationName} ${answer}`, accepted ? connection : `Find the person another option: ${search}`],
      };
    }
    case NotificationKind.ATTENDANCE_RECORDED:
      return {
        subject: `Attendance at ${f.activityTitle}`,
        body: [
          `${f.organisationName} recorded that the person you referred ${f.outcome === ConnectionOutcome.ATTENDED ? 'attended' : 'did not attend'} ${f.activityTitle}.`,
          connection,
        ],
      };
    case NotificationKind.GROUP_REMINDED:
      return {
        subject: `No answer yet from ${f.organisationName}`,
        body: [
          `${f.organisationName} has not yet answered your referral to ${f.activityTitle}. We have reminded them.`,
          f.answerBy ? `If they have not answered by ${longDate(f.answerBy)}, the referral will be marked as no response.` : '',
          connection,
        ].filter(Boolean),
      };
    case NotificationKind.NO_RESPONSE:
      return {
        subject: `No response from ${f.organisationName}`,
        body: [
          `${f.organisationName} did not answer your referral to ${f.activityTitle}, so it is marked as no response.`,
          `Find the person another option: ${search}`,
        ],
      };
    case NotificationKind.CONNECTION_FLAGGED:
      return {
        subject: `${f.activityTitle}: please check your referral`,
        body: [
          `${f.flag === ConnectionFlag.ORGANISATION_SUSPENDED ? f.organisationName : f.activityTitle} ${FLAG_WORDS[f.flag ?? ConnectionFlag.ACTIVITY_PAUSED]}, and you have an open referral to it.`,
          `You may want to find the person another option: ${search}`,
          connection,
        ],
      };
  }
}
