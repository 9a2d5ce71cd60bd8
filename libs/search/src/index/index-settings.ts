/**
 * Common misspellings of the words people search needs by: each finds what the word itself finds
 * (Meilisearch's typo tolerance does not reach swapped letters in short words such as "lonley").
 */
const MISSPELLINGS: Record<string, string[]> = {
  lonely: ['lonley', 'lonly', 'loney', 'lonelly', 'lonlely'],
  loneliness: ['lonliness', 'lonelyness', 'lonlyness', 'lonlieness', 'loneliess'],
  isolation: ['isolaton', 'isloation', 'issolation', 'isolatoin'],
  isolated: ['isloated', 'isolatd'],
  befriending: ['befrending', 'befreinding', 'befriendng'],
  anxiety: ['anxiaty', 'anxeity', 'anxity', 'axiety', 'anxiousness'],
  depression: ['depresion', 'depresson', 'deppression', 'depresssion'],
  stress: ['stres', 'stresss'],
  bereavement: ['bereavment', 'bereavemnt', 'bereivement', 'berevement'],
  grief: ['greif', 'grefe'],
  carers: ['carrers'],
  carer: ['carrer'],
  dementia: ['dimentia', 'demencia', 'dementa', 'demetia'],
  exercise: ['excercise', 'exersize', 'exercize', 'excersize', 'exercice'],
  walking: ['walkin', 'wakling'],
  gardening: ['gardning', 'gardenning'],
  debt: ['debts', 'dett'],
  money: ['mony', 'monies'],
  digital: ['digitial', 'digtal'],
  computer: ['computor', 'compuer'],
  singing: ['singin', 'siging'],
  knitting: ['kniting', 'nitting'],
};

/** Adds each misspelling as a synonym carrying the correct word and the correct word's own synonyms. */
function withMisspellings(synonyms: Record<string, string[]>): Record<string, string[]> {
  const all: Record<string, string[]> = { ...synonyms };
  for (const [word, misspellings] of Object.entries(MISSPELLINGS)) {
    for (const wrong of misspellings) all[wrong] = [...new Set([word, ...(all[word] ?? [])])].filter((w) => w !== wrong);
  }
  return all;
}

/**
 * Settings of the activities index, applied (idempotently) at every start before any document is
 * sent. Filterable attributes are exactly what searchActivities filters on.
 */
export const ACTIVITY_INDEX_SETTINGS = {
  searchableAttributes: ['title', 'needLabels', 'categoryLabel', 'description', 'organisationName', 'venueName', 'town'],
  // Equality filters only, except ages and days; no facet search (we facet, but never search
  // within facet values). Both keep indexing cheap.
  filterableAttributes: [
    {
      attributePatterns: [
        'status',
        'assuranceStatus',
        'assured',
        'capacityState',
        'needs',
        'accessibility',
        'days',
        'timesOfDay',
        'slots',
        'deliveryMode',
        'remote',
        'free',
        'weekly',
        'termTimeOnly',
        'languages',
        'category',
        'coverage',
        // Places (see place-fields.ts).
        'spot',
        'cells',
      ],
      features: { facetSearch: false, filter: { equality: true, comparison: false } },
    },
    {
      attributePatterns: ['minimumAge', 'maximumAge', 'assuredUntilDay', 'verifiedDay', 'showFromDay', 'showUntilDay'],
      features: { facetSearch: false, filter: { equality: true, comparison: true } },
    },
  ],
  facetSearch: false,
  // Word proximity by attribute rather than by exact position: much faster to index, and plenty for
  // short titles and descriptions.
  proximityPrecision: 'byAttribute',
  sortableAttributes: ['updatedAt'],
  displayedAttributes: ['id', 'version', 'spot', 'title', 'organisationName'],
  // Between equally good matches, the listing its group confirmed most recently comes first, so stale
  // listings stay findable but sink below fresh ones.
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'verifiedDay:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  // Search by place counts matches per spot as facet values: every spot must be counted.
  faceting: { maxValuesPerFacet: 100_000 },
  pagination: { maxTotalHits: 100_000 },
  synonyms: withMisspellings({
    lonely: ['loneliness', 'isolation', 'befriending', 'isolated'],
    loneliness: ['lonely', 'isolation', 'befriending'],
    isolated: ['loneliness', 'isolation', 'lonely'],
    befriending: ['loneliness', 'lonely', 'friendship'],
    depression: ['mental health', 'low mood', 'wellbeing'],
    anxiety: ['mental health', 'stress', 'wellbeing'],
    stress: ['mental health', 'anxiety', 'wellbeing'],
    debt: ['money', 'benefits', 'finance'],
    money: ['debt', 'benefits', 'finance'],
    walking: ['walk', 'walks', 'rambling'],
    walk: ['walking', 'walks'],
    exercise: ['physical activity', 'fitness', 'sport'],
    gardening: ['garden', 'allotment', 'growing', 'nature'],
    carer: ['carers', 'caring'],
    carers: ['carer', 'caring'],
    grief: ['bereavement', 'loss'],
    bereavement: ['grief', 'loss'],
    computer: ['digital', 'online', 'internet'],
    digital: ['computer', 'online', 'internet'],
    shed: ['mens shed', "men's shed"],
    cafe: ['café', 'coffee'],
    knitting: ['knit', 'crafts', 'sewing'],
    singing: ['choir', 'music'],
    choir: ['singing', 'music'],
    dementia: ['memory', 'alzheimers'],
  }),
} as const;

export const FACET_FIELDS = ['needs', 'accessibility', 'days', 'deliveryMode', 'category'] as const;
