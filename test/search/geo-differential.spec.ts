import { randomUUID } from 'node:crypto';
import { seededRandom } from '@app/common';
import { MeiliClient } from '@app/search';
import { exactCircle } from '../../libs/search/src/query/geo/exact-circle';
import { SpotsBySquare } from '../../libs/search/src/query/geo/known-spots';
import { GeoHit } from '../../libs/search/src/query/geo/geo-hits';
import { nearestFirst } from '../../libs/search/src/query/geo/nearest-first';
import { PlaceFields, placeFields } from '../../libs/search/src/index/place-fields';

/**
 * Search places by numeric lat/lng, with no `_geo` in the index. This proves the results are
 * Meilisearch's own: one index holds both, and every radius and nearest-first answer is compared
 * with what `_geoRadius` and `_geoPoint` give for the same query.
 */

const WORDS = ['walking', 'garden', 'club', 'choir', 'cafe', 'friendship', 'tea', 'art', 'craft', 'bowls', 'swim', 'yoga'];
const MANCHESTER = { latitude: 53.4794, longitude: -2.2453 };
const ANTIMERIDIAN = { latitude: -16.5, longitude: 179.95 };

interface Doc extends Partial<PlaceFields> {
  id: string;
  title: string;
  tag: string;
  verifiedDay: number;
  _geo?: { lat: number; lng: number };
}

function directory(random: () => number): Doc[] {
  // Venues hold several activities each, so many share a place exactly, as in the real directory.
  const venues = Array.from({ length: 500 }, (_, i) => {
    const [centre, spread] = i < 450 ? [MANCHESTER, 0.35] : [ANTIMERIDIAN, 0.3];
    return { lat: centre.latitude + (random() - 0.5) * spread, lng: centre.longitude + (random() - 0.5) * spread * 1.6 };
  });
  // Venues half a metre apart: Meilisearch's geo sort counts them level, so relevance orders them.
  venues.push(...venues.slice(0, 100).map((v) => ({ lat: v.lat + 0.000004, lng: v.lng })));
  return Array.from({ length: 4000 }, () => {
    const venue = random() < 0.9 ? venues[Math.floor(random() * venues.length)] : undefined;
    const wrapped = venue && venue.lng > 180 ? { ...venue, lng: venue.lng - 360 } : venue;
    return {
      id: randomUUID(),
      title: Array.from({ length: 1 + Math.floor(random() * 3) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' '),
      tag: random() < 0.5 ? 'A' : 'B',
      verifiedDay: Math.floor(random() * 30),
      ...(wrapped ? { ...placeFields(wrapped.lat, wrapped.lng), _geo: { lat: wrapped.lat, lng: wrapped.lng } } : {}),
    };
  });
}

describe('search by place without a geo index gives what _geoRadius and _geoPoint gave', () => {
  const meili = new MeiliClient(process.env.TEST_MEILI_HOST!, process.env.TEST_MEILI_API_KEY!);
  const index = `geo_differential_${Date.now()}`;
  const random = seededRandom(18);
  const all = async (query: object) =>
    (await meili.search<GeoHit>(index, { ...query, page: 1, hitsPerPage: 10_000, attributesToRetrieve: ['id'] })).hits.map((h) => h.id);
  const circles = Array.from({ length: 40 }, (_, i) => {
    const centre = i < 24 ? MANCHESTER : ANTIMERIDIAN;
    const longitude = centre.longitude + (random() - 0.5) * 0.4;
    return {
      latitude: centre.latitude + (random() - 0.5) * 0.3,
      longitude: longitude > 180 ? longitude - 360 : longitude,
      metres: Math.round(100 + random() ** 2 * (i % 10 === 9 ? 200_000 : 25_000)),
    };
  });
  // Where nothing is, and a circle round the whole directory.
  circles.push({ latitude: 10, longitude: 10, metres: 5000 }, { ...MANCHESTER, metres: 200_000 });
  // The spots search knows of without asking Meilisearch (KnownSpots): every document's, and places
  // where nothing is (a venue with no listing, one since moved), which must match nothing.
  const known = new SpotsBySquare();

  beforeAll(async () => {
    await meili.waitForTask((await meili.createIndex(index, 'id')).taskUid);
    await meili.waitForTask(
      (
        await meili.updateSettings(index, {
          searchableAttributes: ['title'],
          filterableAttributes: ['tag', 'spot', 'cells', '_geo'],
          faceting: { maxValuesPerFacet: 100_000 },
          sortableAttributes: ['_geo'],
          rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'verifiedDay:desc'],
          pagination: { maxTotalHits: 100_000 },
        })
      ).taskUid,
    );
    const docs = directory(random);
    known.add(docs.flatMap((d) => (d._geo ? [{ latitude: d._geo.lat, longitude: d._geo.lng }] : [])));
    known.add(circles.flatMap(({ latitude, longitude, metres }) => [1, -1].map((side) => ({ latitude: latitude + (side * metres) / 111_320, longitude }))));
    await meili.waitForTask((await meili.addDocuments(index, docs)).taskUid, 60_000);
  }, 90_000);
  afterAll(async () => {
    await meili.deleteIndex(index).catch(() => undefined);
    meili.close();
  });

  it('matches exactly the documents within each radius, with and without other filters', async () => {
    let compared = 0;
    for (const circle of circles) {
      for (const base of [[], ['tag = A']]) {
        const expected = await all({ q: '', filter: [...base, `_geoRadius(${circle.latitude}, ${circle.longitude}, ${circle.metres})`] });
        // The edge's spots counted as facet values (few matches), listed once each (many), and known.
        for (const options of [{}, { countedUpTo: 0 }, { known }]) {
          const actual = await all({ q: '', filter: [...base, await exactCircle(meili, index, base, circle, options)] });
          expect(new Set(actual)).toEqual(new Set(expected));
          expect(actual).toHaveLength(expected.length);
        }
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(5000); // the circles are not empty
  });

  it('orders nearest first as _geoPoint sorted, page by page, with and without words', async () => {
    const queries = [
      { q: '', filter: [] as string[] },
      { q: '', filter: ['tag = B'] },
      { q: 'walking', filter: [] },
      { q: 'garden club', filter: ['tag = A'] },
      { q: 'cafe tea', filter: [] },
    ];
    let compared = 0;
    for (const [i, circle] of [...circles.slice(0, 12), ...circles.slice(24, 28)].entries()) {
      const query = queries[i % queries.length];
      const circleFilter = await exactCircle(meili, index, query.filter, circle, i % 2 ? { known } : {});
      const filter = [...query.filter, `(${circleFilter} OR tag = B)`];
      const sorted = async (page: number) =>
        (
          await meili.search<GeoHit>(index, {
            q: query.q,
            filter,
            sort: [`_geoPoint(${circle.latitude}, ${circle.longitude}):asc`],
            page,
            hitsPerPage: 25,
            attributesToRetrieve: ['id'],
          })
        ).hits.map((h) => h.id);
      const total = (await meili.search(index, { q: query.q, filter, page: 1, hitsPerPage: 0 })).totalHits!;
      compared += total;
      const last = Math.max(1, Math.ceil(total / 25));
      for (const page of [1, 2, 7, last]) {
        const expected = { query, page, ids: await sorted(page) };
        // Every spot counted by nearestFirst; matches per grid square counted by the caller's query (as
        // search does), so only the nearest squares' spots are counted, or known; and too many spots to count.
        const counted = (await meili.search(index, { q: query.q, filter, facets: ['cells'], page: 1, hitsPerPage: 0 })).facetDistribution?.cells;
        for (const options of [{}, { cells: counted }, { cells: counted, known }, { cells: counted, maxSpots: 20 }]) {
          const ours = await nearestFirst(meili, index, { q: query.q, filter }, circle, page * 25, options);
          expect({ query, page, ids: ours.slice((page - 1) * 25).map((h) => h.id) }).toEqual(expected);
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
