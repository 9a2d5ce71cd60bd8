import { ActivityStatus, AssuranceStatus, DayOfWeek, DeliveryMode, LegalForm, SizeBand } from '@app/directory';

const { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY } = DayOfWeek;
const { IN_PERSON, ONLINE, PHONE, HOME_VISIT } = DeliveryMode;

export interface DemoActivity {
  title: string;
  description: string;
  needs: string[];
  category: string;
  mode: DeliveryMode;
  /** [day, start, end] */
  slots: [DayOfWeek, string, string][];
  accessibility?: string[];
  cost?: string;
  ages?: [number | null, number | null];
  languages?: string[];
  selfReferral?: boolean;
  /** [placesPerSession, spacesAvailable, waitingList] */
  capacity?: [number | null, number | null, number | null];
  status?: ActivityStatus;
  /** Index into the organisation's venues (default 0). */
  venue?: number;
}

export interface DemoOrganisation {
  name: string;
  description: string;
  website?: string;
  email?: string;
  phone?: string;
  charityNumber?: string;
  companyNumber?: string;
  legalForm: LegalForm;
  sizeBand: SizeBand;
  assurance: AssuranceStatus;
  /** Days from today until assurance runs out (for ASSURED, EXPIRING, LAPSED). */
  assuredForDays?: number;
  venues: { name: string; addressLine1: string; town: string; postcode: string; accessibility: string[]; transportNotes?: string }[];
  activities: DemoActivity[];
}

/** A realistic directory for Greater Manchester. Names are invented; places are real areas. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Ancoats Community Kitchen',
    description: 'A community café and kitchen in Ancoats serving pay-as-you-feel meals and running cooking classes.',
    website: 'https://ancoats-kitchen.example.org.uk',
    email: 'hello@ancoats-kitchen.example.org.uk',
    phone: '0161 496 0101',
    charityNumber: '1180123',
    legalForm: LegalForm.CIO,
    sizeBand: SizeBand.SMALL,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 240,
    venues: [{ name: 'Ancoats Kitchen', addressLine1: '12 Blossom Street', town: 'Manchester', postcode: 'M4 5JD', accessibility: ['wheelchair', 'step_free', 'accessible_toilet', 'public_transport'] }],
    activities: [
      { title: 'Pay-as-you-feel community lunch', description: 'A warm two-course lunch every weekday. Come on your own or bring a friend; nobody eats alone.', needs: ['food', 'loneliness', 'money_and_debt'], category: 'food_and_cooking', mode: IN_PERSON, slots: [[MONDAY, '12:00', '14:00'], [WEDNESDAY, '12:00', '14:00'], [FRIDAY, '12:00', '14:00']], cost: 'Pay what you can', capacity: [40, 15, null], accessibility: ['dementia_friendly'] },
      { title: 'Cooking on a budget course', description: 'Six-week course: healthy meals for under £1 a portion, batch cooking and using a slow cooker.', needs: ['food', 'money_and_debt', 'long_term_conditions'], category: 'food_and_cooking', mode: IN_PERSON, slots: [[TUESDAY, '18:00', '20:00']], capacity: [10, 0, 6], ages: [16, null] },
      { title: 'Men’s breakfast club', description: 'Bacon butties, a brew and a chat for men who want some company on a Saturday morning.', needs: ['loneliness', 'mental_health'], category: 'social_groups', mode: IN_PERSON, slots: [[SATURDAY, '09:30', '11:00']], capacity: [20, 8, null], ages: [18, null] },
      { title: 'Food pantry', description: 'Weekly food pantry membership: £4 for a bag of shopping worth £15 or more. Referral needed.', needs: ['food', 'money_and_debt'], category: 'food_and_cooking', mode: IN_PERSON, slots: [[THURSDAY, '10:00', '13:00']], cost: '£4 a visit', selfReferral: false, capacity: [60, 22, null] },
      { title: 'Kitchen volunteering', description: 'Join the kitchen team: food hygiene training provided, a great way back into work.', needs: ['employment_and_skills', 'loneliness'], category: 'volunteering', mode: IN_PERSON, slots: [[MONDAY, '09:30', '14:30'], [FRIDAY, '09:30', '14:30']], ages: [16, null] },
    ],
  },
  {
    name: 'Chorlton Walking for Health',
    description: 'Free, friendly, led health walks around south Manchester parks and the Mersey valley.',
    website: 'https://chorlton-walks.example.org.uk',
    email: 'walks@chorlton-walks.example.org.uk',
    legalForm: LegalForm.UNINCORPORATED_GROUP,
    sizeBand: SizeBand.MICRO,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 300,
    venues: [
      { name: 'Chorlton Water Park car park', addressLine1: 'Maitland Avenue', town: 'Manchester', postcode: 'M21 7WH', accessibility: ['parking'], transportNotes: 'Bus 86 to Barlow Moor Road' },
      { name: 'Fletcher Moss Gardens', addressLine1: 'Wilmslow Road', town: 'Didsbury', postcode: 'M20 2SW', accessibility: ['accessible_toilet', 'parking'] },
    ],
    activities: [
      { title: 'Gentle health walk (1 mile)', description: 'A slow, flat, one-mile walk with plenty of benches. Ideal after illness or if you are not very active.', needs: ['physical_activity', 'long_term_conditions', 'loneliness'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[TUESDAY, '10:30', '11:30']], accessibility: ['dementia_friendly', 'assistance_dogs'] },
      { title: 'Mersey valley walk (3 miles)', description: 'A brisker three-mile walk along the river, finishing with a cuppa at the café.', needs: ['physical_activity', 'nature', 'mental_health'], category: 'natural_world', mode: IN_PERSON, slots: [[THURSDAY, '10:00', '12:00']] },
      { title: 'Didsbury garden stroll', description: 'Short walk around Fletcher Moss botanical gardens with a volunteer guide.', needs: ['nature', 'physical_activity', 'loneliness'], category: 'natural_world', mode: IN_PERSON, slots: [[SATURDAY, '11:00', '12:00']], venue: 1 },
      { title: 'Nordic walking taster', description: 'Poles provided. Learn Nordic walking in four weekly sessions.', needs: ['physical_activity'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[SUNDAY, '10:00', '11:30']], capacity: [12, 0, null], cost: '£2 a session', ages: [18, null] },
    ],
  },
  {
    name: 'Rochdale Carers Network',
    description: 'Support, breaks and a listening ear for unpaid carers across Rochdale borough.',
    website: 'https://rochdale-carers.example.org.uk',
    phone: '01706 496 020',
    charityNumber: '1098765',
    companyNumber: '04567890',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.MEDIUM,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 200,
    venues: [{ name: 'Carers Centre', addressLine1: '3 Baillie Street', town: 'Rochdale', postcode: 'OL16 1JA', accessibility: ['wheelchair', 'hearing_loop', 'accessible_toilet', 'quiet_space'] }],
    activities: [
      { title: 'Carers’ café', description: 'Monthly drop-in café for carers: information, a chat and a slice of cake.', needs: ['carers', 'loneliness'], category: 'support_groups', mode: IN_PERSON, slots: [[WEDNESDAY, '13:30', '15:30']] },
      { title: 'Carers’ phone befriending', description: 'A weekly friendly call from a trained volunteer who understands caring.', needs: ['carers', 'loneliness', 'mental_health'], category: 'support_groups', mode: PHONE, slots: [[MONDAY, '10:00', '16:00'], [THURSDAY, '10:00', '16:00']], capacity: [null, 5, null] },
      { title: 'Young carers club', description: 'Fun evenings and trips for young carers aged 8 to 17.', needs: ['carers', 'relationships'], category: 'social_groups', mode: IN_PERSON, slots: [[TUESDAY, '17:00', '19:00']], ages: [8, 17], capacity: [20, 4, null] },
      { title: 'Benefits advice for carers', description: 'One-to-one appointments to check you get Carer’s Allowance and everything else you are entitled to.', needs: ['carers', 'money_and_debt'], category: 'advice_and_guidance', mode: IN_PERSON, slots: [[FRIDAY, '09:30', '12:30']], selfReferral: true, languages: ['en', 'ur', 'pa'] },
      { title: 'Carers online peer group', description: 'Evening video meet-up for carers who cannot get out.', needs: ['carers', 'loneliness'], category: 'support_groups', mode: ONLINE, slots: [[WEDNESDAY, '19:30', '20:30']] },
    ],
  },
  {
    name: 'Bolton Men’s Shed',
    description: 'A workshop where men (and anyone else) make, mend and chat shoulder to shoulder.',
    email: 'shed@boltonshed.example.org.uk',
    legalForm: LegalForm.CIO,
    charityNumber: '1187001',
    sizeBand: SizeBand.MICRO,
    assurance: AssuranceStatus.EXPIRING,
    assuredForDays: 18,
    venues: [{ name: 'The Shed, Bridge Street Mill', addressLine1: 'Bridge Street', town: 'Bolton', postcode: 'BL1 2EG', accessibility: ['step_free', 'parking'] }],
    activities: [
      { title: 'Open workshop', description: 'Woodwork, bike repair and tinkering. Tools and tea provided; no experience needed.', needs: ['loneliness', 'mental_health', 'employment_and_skills'], category: 'social_groups', mode: IN_PERSON, slots: [[TUESDAY, '10:00', '15:00'], [THURSDAY, '10:00', '15:00']], ages: [18, null], capacity: [16, 3, null] },
      { title: 'Repair café', description: 'Bring something broken; we will try to fix it together.', needs: ['loneliness', 'money_and_debt'], category: 'learning_and_skills', mode: IN_PERSON, slots: [[SATURDAY, '10:00', '13:00']] },
      { title: 'Shed gardening team', description: 'Growing vegetables on the mill’s raised beds.', needs: ['nature', 'physical_activity'], category: 'natural_world', mode: IN_PERSON, slots: [[WEDNESDAY, '10:00', '12:00']] },
      { title: 'Digital drop-in for older men', description: 'Help with phones, tablets and online forms at your own pace.', needs: ['digital_inclusion', 'loneliness'], category: 'learning_and_skills', mode: IN_PERSON, slots: [[FRIDAY, '13:00', '15:00']], ages: [50, null] },
    ],
  },
  {
    name: 'Stockport Mind Matters',
    description: 'Low-level mental health support: peer groups, courses and wellbeing activities.',
    website: 'https://stockport-mind-matters.example.org.uk',
    phone: '0161 496 0333',
    charityNumber: '1112233',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.MEDIUM,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 330,
    venues: [{ name: 'Wellbeing Centre', addressLine1: '40 Wellington Road South', town: 'Stockport', postcode: 'SK1 3UA', accessibility: ['wheelchair', 'step_free', 'accessible_toilet', 'hearing_loop', 'quiet_space', 'public_transport'] }],
    activities: [
      { title: 'Anxiety peer support group', description: 'A safe space to share what helps with anxiety, facilitated by people with lived experience.', needs: ['mental_health'], category: 'support_groups', mode: IN_PERSON, slots: [[MONDAY, '18:30', '20:00']], ages: [18, null], capacity: [14, 2, null] },
      { title: 'Five ways to wellbeing course', description: 'Six-week course on simple steps to feel better day to day.', needs: ['mental_health', 'loneliness'], category: 'health_and_wellbeing', mode: IN_PERSON, slots: [[WEDNESDAY, '10:00', '12:00']], capacity: [12, 0, 9] },
      { title: 'Online mindfulness', description: 'Guided mindfulness by video call. Cameras optional.', needs: ['mental_health'], category: 'health_and_wellbeing', mode: ONLINE, slots: [[TUESDAY, '19:00', '20:00'], [SATURDAY, '09:00', '10:00']] },
      { title: 'Wellbeing art group', description: 'Painting and collage for wellbeing. Materials provided.', needs: ['arts_and_creativity', 'mental_health', 'loneliness'], category: 'arts_and_creativity', mode: IN_PERSON, slots: [[THURSDAY, '13:30', '15:30']], cost: '£1 a session', accessibility: ['large_print'] },
      { title: 'Bereavement support group', description: 'Monthly group for adults grieving a loved one.', needs: ['bereavement', 'mental_health'], category: 'support_groups', mode: IN_PERSON, slots: [[FRIDAY, '14:00', '15:30']], ages: [18, null] },
    ],
  },
  {
    name: 'Cheetham Hill Advice Centre',
    description: 'Free, confidential advice on debt, benefits, housing and employment, in several languages.',
    website: 'https://cheetham-advice.example.org.uk',
    phone: '0161 496 0456',
    charityNumber: '1054321',
    companyNumber: '03123456',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.MEDIUM,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 150,
    venues: [{ name: 'Advice Centre', addressLine1: '101 Cheetham Hill Road', town: 'Manchester', postcode: 'M8 5EP', accessibility: ['wheelchair', 'accessible_toilet', 'public_transport'] }],
    activities: [
      { title: 'Debt advice drop-in', description: 'See a qualified debt adviser; bring your letters and bills.', needs: ['money_and_debt'], category: 'advice_and_guidance', mode: IN_PERSON, slots: [[MONDAY, '09:30', '12:30'], [THURSDAY, '13:30', '16:30']], languages: ['en', 'ur', 'ar', 'pl'] },
      { title: 'Benefits helpline', description: 'Phone advice on Universal Credit, PIP and appeals.', needs: ['money_and_debt'], category: 'advice_and_guidance', mode: PHONE, slots: [[TUESDAY, '10:00', '16:00'], [WEDNESDAY, '10:00', '16:00']], languages: ['en', 'ur'] },
      { title: 'Housing advice clinic', description: 'Help with repairs, rent arrears, eviction notices and homelessness applications.', needs: ['housing', 'money_and_debt'], category: 'advice_and_guidance', mode: IN_PERSON, slots: [[WEDNESDAY, '13:00', '16:00']] },
      { title: 'Job club', description: 'CVs, applications and interview practice with a volunteer mentor.', needs: ['employment_and_skills'], category: 'learning_and_skills', mode: IN_PERSON, slots: [[FRIDAY, '10:00', '12:00']], ages: [16, null] },
      { title: 'English conversation club', description: 'Practise everyday English in a relaxed group.', needs: ['employment_and_skills', 'loneliness'], category: 'learning_and_skills', mode: IN_PERSON, slots: [[SATURDAY, '10:30', '12:00']], languages: ['en', 'ar', 'ur', 'fa'] },
    ],
  },
  {
    name: 'Wigan Dementia Friends',
    description: 'Activities for people living with dementia and the people who care for them.',
    charityNumber: '1165432',
    legalForm: LegalForm.CIO,
    sizeBand: SizeBand.SMALL,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 100,
    venues: [{ name: 'St Paul’s Church Hall', addressLine1: 'Standishgate', town: 'Wigan', postcode: 'WN1 1XL', accessibility: ['wheelchair', 'step_free', 'accessible_toilet', 'changing_places', 'dementia_friendly', 'hearing_loop', 'parking'] }],
    activities: [
      { title: 'Singing for the brain', description: 'Singing familiar songs together, for people with dementia and their carers.', needs: ['loneliness', 'carers', 'arts_and_creativity'], category: 'arts_and_creativity', mode: IN_PERSON, slots: [[TUESDAY, '14:00', '15:30']], capacity: [30, 6, null] },
      { title: 'Memory café', description: 'A friendly café where people living with dementia and carers can relax and get information.', needs: ['loneliness', 'carers', 'long_term_conditions'], category: 'social_groups', mode: IN_PERSON, slots: [[THURSDAY, '10:30', '12:00']] },
      { title: 'Home visiting befriender', description: 'A trained volunteer visits at home each week for company and a chat.', needs: ['loneliness', 'carers'], category: 'social_groups', mode: HOME_VISIT, slots: [[MONDAY, '10:00', '16:00']], capacity: [null, 0, null], selfReferral: false },
      { title: 'Chair-based exercise', description: 'Gentle seated exercise to music to keep moving.', needs: ['physical_activity', 'long_term_conditions'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[FRIDAY, '11:00', '12:00']], cost: '£2 a session' },
    ],
  },
  {
    name: 'Salford Arts Collective',
    description: 'Community arts projects that bring people together through making.',
    website: 'https://salford-arts.example.org.uk',
    companyNumber: '11223344',
    legalForm: LegalForm.CIC,
    sizeBand: SizeBand.SMALL,
    assurance: AssuranceStatus.LAPSED,
    assuredForDays: -20,
    venues: [{ name: 'Islington Mill Studio', addressLine1: 'James Street', town: 'Salford', postcode: 'M3 5HW', accessibility: ['step_free', 'public_transport'] }],
    activities: [
      { title: 'Community pottery', description: 'Hand-building and glazing; all work fired in our kiln.', needs: ['arts_and_creativity', 'mental_health'], category: 'arts_and_creativity', mode: IN_PERSON, slots: [[WEDNESDAY, '18:00', '20:30']], cost: '£5, concessions £2', capacity: [10, 2, null] },
      { title: 'Creative writing circle', description: 'Write and share poems and short stories with encouragement.', needs: ['arts_and_creativity', 'loneliness'], category: 'arts_and_creativity', mode: IN_PERSON, slots: [[MONDAY, '14:00', '16:00']] },
      { title: 'Community choir', description: 'No auditions, no reading music; just come and sing.', needs: ['arts_and_creativity', 'loneliness', 'mental_health'], category: 'arts_and_creativity', mode: IN_PERSON, slots: [[THURSDAY, '19:00', '21:00']], cost: '£3 a session' },
      { title: 'Online drawing club', description: 'Draw along with an artist over video call.', needs: ['arts_and_creativity'], category: 'arts_and_creativity', mode: ONLINE, slots: [[SUNDAY, '15:00', '16:00']] },
    ],
  },
  {
    name: 'Oldham Green Spaces Trust',
    description: 'Conservation volunteering, community gardens and nature walks around Oldham.',
    website: 'https://oldham-green.example.org.uk',
    charityNumber: '1134567',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.SMALL,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 280,
    venues: [{ name: 'Alexandra Park Depot', addressLine1: 'Kings Road', town: 'Oldham', postcode: 'OL8 2BN', accessibility: ['parking', 'accessible_toilet'] }],
    activities: [
      { title: 'Conservation volunteers', description: 'Hedge-laying, path building and tree planting. Tools, gloves and lunch provided.', needs: ['nature', 'physical_activity', 'mental_health'], category: 'natural_world', mode: IN_PERSON, slots: [[WEDNESDAY, '10:00', '15:00'], [SATURDAY, '10:00', '15:00']], ages: [16, null] },
      { title: 'Community allotment', description: 'Grow your own on our shared allotment, with help from an experienced grower.', needs: ['nature', 'food', 'loneliness'], category: 'natural_world', mode: IN_PERSON, slots: [[TUESDAY, '10:00', '12:00']], capacity: [15, 5, null] },
      { title: 'Wildlife walks', description: 'Bird and bug spotting with a ranger; binoculars to borrow.', needs: ['nature', 'physical_activity'], category: 'natural_world', mode: IN_PERSON, slots: [[SUNDAY, '10:00', '12:00']] },
      { title: 'Green gym', description: 'Get fit doing practical outdoor tasks.', needs: ['physical_activity', 'nature'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[MONDAY, '13:00', '15:00']] },
    ],
  },
  {
    name: 'Wythenshawe Digital Inclusion Hub',
    description: 'Free devices, data and friendly help to get everyone online.',
    email: 'hub@wythenshawe-digital.example.org.uk',
    legalForm: LegalForm.CIC,
    companyNumber: '12345678',
    sizeBand: SizeBand.MICRO,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 210,
    venues: [{ name: 'Wythenshawe Forum Library', addressLine1: 'Forum Square', town: 'Manchester', postcode: 'M22 5RX', accessibility: ['wheelchair', 'step_free', 'accessible_toilet', 'large_print', 'public_transport'] }],
    activities: [
      { title: 'Get online drop-in', description: 'Help with email, video calls, online shopping and staying safe online.', needs: ['digital_inclusion', 'loneliness'], category: 'learning_and_skills', mode: IN_PERSON, slots: [[MONDAY, '10:00', '12:00'], [WEDNESDAY, '14:00', '16:00']] },
      { title: 'Device and data loans', description: 'Borrow a tablet with free data for three months. Referral needed.', needs: ['digital_inclusion', 'money_and_debt'], category: 'advice_and_guidance', mode: IN_PERSON, slots: [[THURSDAY, '10:00', '12:00']], selfReferral: false, capacity: [null, 0, 14] },
      { title: 'Digital skills phone line', description: 'Step-by-step help over the phone.', needs: ['digital_inclusion'], category: 'learning_and_skills', mode: PHONE, slots: [[TUESDAY, '09:00', '17:00']] },
      { title: 'NHS App help', description: 'Set up the NHS App to order prescriptions and book appointments.', needs: ['digital_inclusion', 'long_term_conditions'], category: 'health_and_wellbeing', mode: IN_PERSON, slots: [[FRIDAY, '10:00', '12:00']], ages: [18, null] },
    ],
  },
  {
    name: 'Bury Befriending Service',
    description: 'Matching isolated older people with volunteer befrienders.',
    charityNumber: '1077889',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.SMALL,
    assurance: AssuranceStatus.SUSPENDED,
    venues: [{ name: 'Bury Volunteer Centre', addressLine1: '6 Bank Street', town: 'Bury', postcode: 'BL9 0DN', accessibility: ['wheelchair', 'accessible_toilet'] }],
    activities: [
      { title: 'Telephone befriending', description: 'A regular call from the same volunteer each week.', needs: ['loneliness'], category: 'social_groups', mode: PHONE, slots: [[MONDAY, '10:00', '16:00'], [WEDNESDAY, '10:00', '16:00']], ages: [60, null] },
      { title: 'Home befriending visits', description: 'A volunteer visits for an hour each week.', needs: ['loneliness', 'mobility_and_transport'], category: 'social_groups', mode: HOME_VISIT, slots: [[TUESDAY, '10:00', '16:00']], ages: [60, null], selfReferral: false },
      { title: 'Friendship lunch club', description: 'Monthly lunch out with transport provided.', needs: ['loneliness', 'food', 'mobility_and_transport'], category: 'social_groups', mode: IN_PERSON, slots: [[FRIDAY, '12:00', '14:30']], cost: '£6 including transport', ages: [60, null] },
    ],
  },
  {
    name: 'Moss Side Sports Foundation',
    description: 'Sport and exercise for all ages in Moss Side, Hulme and Rusholme.',
    website: 'https://mossside-sport.example.org.uk',
    charityNumber: '1145678',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.MEDIUM,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 180,
    venues: [
      { name: 'Moss Side Leisure Centre', addressLine1: 'Moss Lane East', town: 'Manchester', postcode: 'M14 4PX', accessibility: ['wheelchair', 'step_free', 'accessible_toilet', 'changing_places', 'parking'] },
      { name: 'Alexandra Park Pavilion', addressLine1: 'Alexandra Road South', town: 'Manchester', postcode: 'M16 7RX', accessibility: ['step_free', 'accessible_toilet'] },
    ],
    activities: [
      { title: 'Walking football', description: 'Football with no running and no tackling, for over-50s and anyone recovering from illness.', needs: ['physical_activity', 'long_term_conditions', 'loneliness'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[TUESDAY, '11:00', '12:00'], [THURSDAY, '11:00', '12:00']], ages: [50, null], cost: '£2 a session', capacity: [24, 6, null] },
      { title: 'Women-only swim', description: 'Relaxed swimming sessions for women with female lifeguards.', needs: ['physical_activity', 'mental_health'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[SUNDAY, '17:00', '18:30']], cost: '£3, free for under-16s', languages: ['en', 'so', 'ar'] },
      { title: 'Couch to 5k', description: 'Nine-week running group for complete beginners.', needs: ['physical_activity', 'mental_health'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[MONDAY, '18:30', '19:30'], [SATURDAY, '09:00', '10:00']], venue: 1, ages: [16, null] },
      { title: 'Youth boxing club', description: 'Non-contact boxing fitness and mentoring for young people.', needs: ['physical_activity', 'relationships'], category: 'sport_and_exercise', mode: IN_PERSON, slots: [[WEDNESDAY, '17:00', '19:00']], ages: [11, 18], capacity: [20, 0, null] },
      { title: 'Seated yoga', description: 'Yoga on chairs for people with limited mobility.', needs: ['physical_activity', 'long_term_conditions', 'mobility_and_transport'], category: 'health_and_wellbeing', mode: IN_PERSON, slots: [[FRIDAY, '10:00', '11:00']], status: ActivityStatus.PAUSED },
    ],
  },
  {
    name: 'Sale Bereavement Café',
    description: 'A small volunteer group offering a welcoming café for people who have lost someone.',
    legalForm: LegalForm.FAITH_GROUP,
    sizeBand: SizeBand.MICRO,
    assurance: AssuranceStatus.IN_PROGRESS,
    venues: [{ name: 'St Anne’s Church Hall', addressLine1: 'Church Road', town: 'Sale', postcode: 'M33 3HB', accessibility: ['step_free', 'accessible_toilet', 'quiet_space'] }],
    activities: [
      { title: 'Bereavement café', description: 'Tea, cake and a listening ear from people who have been there too.', needs: ['bereavement', 'loneliness'], category: 'support_groups', mode: IN_PERSON, slots: [[WEDNESDAY, '14:00', '16:00']] },
      { title: 'Walk and talk', description: 'A gentle walk by the canal for people who are grieving.', needs: ['bereavement', 'physical_activity'], category: 'support_groups', mode: IN_PERSON, slots: [[SATURDAY, '10:30', '11:30']] },
      { title: 'Grief workshop series', description: 'Four sessions on understanding grief. Ended last spring.', needs: ['bereavement'], category: 'support_groups', mode: IN_PERSON, slots: [[MONDAY, '18:00', '20:00']], status: ActivityStatus.CLOSED },
    ],
  },
  {
    name: 'Tameside Housing Support',
    description: 'Tenancy sustainment, resettlement and housing advice across Tameside.',
    website: 'https://tameside-housing.example.org.uk',
    charityNumber: '1122334',
    companyNumber: '05678901',
    legalForm: LegalForm.REGISTERED_CHARITY,
    sizeBand: SizeBand.LARGE,
    assurance: AssuranceStatus.ASSURED,
    assuredForDays: 25,
    venues: [{ name: 'Hyde Hub', addressLine1: '20 Market Street', town: 'Hyde', postcode: 'SK14 1AH', accessibility: ['wheelchair', 'step_free', 'accessible_toilet', 'bsl', 'public_transport'] }],
    activities: [
      { title: 'Tenancy support', description: 'Help to keep your home: budgeting, bills, repairs and dealing with your landlord.', needs: ['housing', 'money_and_debt'], category: 'advice_and_guidance', mode: HOME_VISIT, slots: [[MONDAY, '09:00', '17:00'], [WEDNESDAY, '09:00', '17:00']], selfReferral: false, ages: [18, null] },
      { title: 'Housing options drop-in', description: 'Worried about losing your home? Come and talk to an adviser today.', needs: ['housing'], category: 'advice_and_guidance', mode: IN_PERSON, slots: [[TUESDAY, '10:00', '13:00'], [THURSDAY, '10:00', '13:00']], accessibility: ['bsl'] },
      { title: 'Furniture and white goods scheme', description: 'Low-cost furniture for people setting up a new home.', needs: ['housing', 'money_and_debt'], category: 'advice_and_guidance', mode: IN_PERSON, slots: [[FRIDAY, '10:00', '14:00']], cost: 'From £5' },
      { title: 'Money and energy advice line', description: 'Phone support with energy debts and getting the best tariff.', needs: ['money_and_debt', 'housing'], category: 'advice_and_guidance', mode: PHONE, slots: [[MONDAY, '10:00', '15:00'], [FRIDAY, '10:00', '15:00']] },
      { title: 'Relationship support sessions', description: 'Short-term support when family relationships put your home at risk.', needs: ['relationships', 'housing'], category: 'support_groups', mode: IN_PERSON, slots: [[WEDNESDAY, '17:30', '19:00']], ages: [18, null] },
    ],
  },
];
