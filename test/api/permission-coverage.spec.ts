import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSchema } from 'graphql';

/** Every query and mutation is run by every role in some permission matrix (test/** /permissions.spec.ts). */
describe('permission matrices', () => {
  it('cover every operation in schema.graphql', () => {
    const schema = buildSchema(fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const root = path.resolve(__dirname, '..');
    const matrices = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('permissions.spec.ts'))
      .map((file) => fs.readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    expect(operations.filter((name) => !new RegExp(`\\b${name}\\b`).test(matrices))).toEqual([]);
  });
});
