import { importReportText } from './import-report-text';
import type { ImportReport } from './oruk-importer';

const counts = { created: 7, updated: 1, skipped: 2, invalid: 1 };

describe('importReportText', () => {
  it('lists every invalid record, and notes many records share once with a count', () => {
    const shared = 'attributes: no term of our Needs taxonomy';
    const report: ImportReport = {
      source: 'https://example.org/openreferral/v3',
      services: counts,
      organizations: { created: 2, updated: 0, skipped: 0, invalid: 0 },
      unknownTerms: [{ id: 't1', name: 'Befriending', taxonomy: 'esdServiceTypes' }],
      invalid: [{ where: 'page 1 contents[3]', id: 's4', reasons: ['name: must be 3 to 200 characters'] }],
      warnings: [
        ...Array.from({ length: 7 }, (_, i) => ({ where: `page 1 contents[${i}]`, id: `s${i}`, message: shared })),
        { where: 'page 2 contents[0]', id: 's9', message: 'languages: "eng" is not a two-letter ISO 639-1 code; left out' },
      ],
    };
    expect(importReportText(report).split('\n')).toEqual([
      'Imported from https://example.org/openreferral/v3',
      'services       created 7, updated 1, skipped (unchanged) 2, invalid 1',
      'organizations  created 2, updated 0, skipped (unchanged) 0, invalid 0',
      'taxonomy terms not in our taxonomies, kept (1):',
      '  - Befriending (esdServiceTypes) [t1]',
      'invalid records, not imported (1):',
      '  - page 1 contents[3] id s4: name: must be 3 to 200 characters',
      'imported with notes (8):',
      `  - ${shared} — 7 records: page 1 contents[0] id s0; page 1 contents[1] id s1; page 1 contents[2] id s2; page 1 contents[3] id s3; page 1 contents[4] id s4, and 2 more`,
      '  - page 2 contents[0] id s9: languages: "eng" is not a two-letter ISO 639-1 code; left out',
    ]);
  });
});
