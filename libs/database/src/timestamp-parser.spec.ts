import { types } from 'pg';
import { parseTimestamptz } from './timestamp-parser';

const pgTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ);

describe('parseTimestamptz', () => {
  it('reads every shape PostgreSQL prints exactly as pg does', () => {
    const samples = [
      '2026-11-26 16:45:08.123456+00',
      '2026-11-26 16:45:08+00',
      '2026-11-26 16:45:08.1+00',
      '2026-11-26 16:45:08.999999+00',
      '1970-01-01 00:00:00+00',
      '0099-01-01 00:00:00+00',
      '2026-03-29 01:30:00+05',
      '2026-03-29 01:30:00-08',
      '2026-03-29 01:30:00+05:30',
      '2026-03-29 01:30:00.5-09:30',
      '0044-03-15 12:00:00+00 BC',
      '12026-01-01 00:00:00+00',
      'infinity',
      '-infinity',
    ];
    for (const text of samples) expect([text, parseTimestamptz(text)]).toEqual([text, pgTimestamptz(text)]);
  });

  it('agrees with pg over ten thousand random instants and zones', () => {
    for (let i = 0; i < 10_000; i++) {
      const when = new Date(Math.floor(Math.random() * 8e12) - 1e12);
      const offset = Math.floor(Math.random() * 27) - 12;
      const local = new Date(when.getTime() + offset * 3_600_000).toISOString();
      const micros = String(Math.floor(Math.random() * 1e6))
        .padStart(6, '0')
        .slice(0, 1 + Math.floor(Math.random() * 6));
      const zone = `${offset < 0 ? '-' : '+'}${String(Math.abs(offset)).padStart(2, '0')}`;
      const text = `${local.slice(0, 10)} ${local.slice(11, 19)}${Math.random() < 0.2 ? '' : `.${micros}`}${zone}`;
      expect([text, (parseTimestamptz(text) as Date).getTime()]).toEqual([text, (pgTimestamptz(text) as Date).getTime()]);
    }
  });
});
