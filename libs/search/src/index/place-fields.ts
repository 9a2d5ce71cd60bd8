/**
 * How a document holds its place for search. Meilisearch's own geo index (`_geo`) keeps every point
 * in one R-tree that it rewrites whole in every indexing batch (843 ms of a one-document update at
 * 100 000 activities) and reads whole for every geo search, so places are held as plain strings:
 * `spot`, the exact point, and `cells`, the grid squares holding it at each size in `CELL_DEGREES`.
 * Both are equality filters, which Meilisearch indexes and matches cheaply.
 */
export interface PlaceFields {
  spot: string;
  cells: string[];
}

/** Grid square sizes in degrees, coarse to fine, each dividing the one before and 360 into whole numbers. */
export const CELL_DEGREES = [1, 0.2, 0.04, 0.008] as const;

export const cellKey = (level: number, row: number, column: number) => `${level}:${row}:${column}`;

const FINEST = CELL_DEGREES.length - 1;
/** How many of the finest squares a square at each size spans, along each side. */
const FINE_PER_SIDE = CELL_DEGREES.map((size) => Math.round(size / CELL_DEGREES[FINEST]));

/**
 * The grid square's row and column holding a point, at one size. Coarser squares are worked out
 * from the finest by whole numbers, so a point's squares always nest, whatever the float rounding.
 */
function cellOf(level: number, latitude: number, longitude: number): [number, number] {
  const [row, column] = [Math.floor(latitude / CELL_DEGREES[FINEST]), Math.floor(longitude / CELL_DEGREES[FINEST])];
  return [Math.floor(row / FINE_PER_SIDE[level]), Math.floor(column / FINE_PER_SIDE[level])];
}

/**
 * A spot names its point exactly: JavaScript prints a number so that it reads back the same. (Not
 * numeric fields: Meilisearch prints numbers back with up to 16 digits, a little off the original.)
 */
const spotOf = (latitude: number, longitude: number) => `${latitude},${longitude}`;

export function placeFields(latitude: number, longitude: number): PlaceFields {
  return {
    spot: spotOf(latitude, longitude),
    cells: CELL_DEGREES.map((_, level) => cellKey(level, ...cellOf(level, latitude, longitude))),
  };
}

export function spotPoint(spot: string): { latitude: number; longitude: number } {
  const [latitude, longitude] = spot.split(',').map(Number);
  return { latitude, longitude };
}
