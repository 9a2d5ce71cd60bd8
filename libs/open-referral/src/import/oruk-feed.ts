import * as fs from 'node:fs';
import * as path from 'node:path';
import { FeedRecord, isObject, recordsOf } from './oruk-records';

const MAX_PAGES = 100_000;
const TIMEOUT_MS = 60_000;

export class FeedError extends Error {}

/** A feed's records and a name for where they came from. */
export interface Feed {
  source: string;
  records: FeedRecord[];
}

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** Reads an ORUK feed: a publisher's base URL (every page of /services, fully nested) or a JSON / ndjson file. */
export function readFeed(source: string, options: FeedOptions = {}): Promise<Feed> {
  return isUrl(source) ? readUrl(source, options) : readFile(source);
}

export interface FeedOptions {
  /** Services per page when walking a URL (the API allows up to 100). */
  perPage?: number;
  onPage?: (page: number, pages: number) => void;
}

async function readFile(file: string): Promise<Feed> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    throw new FeedError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const name = path.basename(file);
  try {
    return { source: `file:${name}`, records: recordsOf(JSON.parse(text), name) };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  // Not one JSON document: ndjson, one record per line (what export-oruk --ndjson writes).
  const records = text.split('\n').flatMap((line, i): FeedRecord[] => {
    if (!line.trim()) return [];
    try {
      return recordsOf(JSON.parse(line), `${name} line ${i + 1}`);
    } catch {
      return [{ kind: 'unreadable', id: '', where: `${name} line ${i + 1}`, reason: 'is not valid JSON' }];
    }
  });
  if (!records.length) throw new FeedError(`${file} holds no JSON`);
  return { source: `file:${name}`, records };
}

/** Walks /services?full=true page by page until the publisher says it is the last page. */
async function readUrl(base: string, { perPage = 100, onPage }: FeedOptions): Promise<Feed> {
  const root = base.replace(/\/+$/, '').replace(/\/services$/, '');
  const records: FeedRecord[] = [];
  for (let page = 1; page <= MAX_PAGES; page += 1) {
    const url = `${root}/services?full=true&per_page=${perPage}&page=${page}`;
    const body = await getJson(url);
    if (!isObject(body) || !Array.isArray(body.contents)) throw new FeedError(`${url} is not an ORUK paginated list (no "contents")`);
    records.push(...recordsOf(body, `page ${page}`));
    const totalPages = typeof body.total_pages === 'number' ? body.total_pages : page;
    onPage?.(page, totalPages);
    if (body.last_page === true || page >= totalPages || body.contents.length === 0) break;
  }
  return { source: root, records };
}

/** GET with retries on 429 and 503 (a publisher's rate limit), honouring Retry-After up to a minute. */
async function getJson(url: string, attempts = 5): Promise<unknown> {
  for (let attempt = 1; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (error) {
      const cause = (error as Error).cause;
      throw new FeedError(`GET ${url} failed: ${cause instanceof Error ? cause.message : (error as Error).message}`);
    }
    if ((response.status === 429 || response.status === 503) && attempt < attempts) {
      const retryAfter = Number(response.headers.get('retry-after'));
      await new Promise((resolve) =>
        setTimeout(resolve, Math.min(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 2 ** attempt * 500, 60_000)),
      );
      continue;
    }
    if (!response.ok) throw new FeedError(`GET ${url} answered ${response.status} ${response.statusText}`);
    try {
      return await response.json();
    } catch {
      throw new FeedError(`GET ${url} did not answer JSON`);
    }
  }
}
