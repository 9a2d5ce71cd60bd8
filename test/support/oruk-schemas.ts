import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

// The ORUK validator's schemas, copied into the fixtures (never read from ../shared at run time).
const SCHEMAS = path.resolve(__dirname, '../fixtures/oruk/validator-schemas');
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Expects `body` to validate against the named schema of the official ORUK validator. */
export function expectValidOruk(name: string, body: unknown): void {
  if (!compiled.has(name)) compiled.set(name, ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, `${name}.json`), 'utf8'))));
  const validate = compiled.get(name)!;
  const ok = validate(body);
  expect(ok ? [] : validate.errors).toEqual([]);
}
