import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildApiSchema, printApiSchema } from '@app/platform';

/** Writes schema.graphql at the repository root. */
buildApiSchema()
  .then((schema) => {
    const file = path.resolve(__dirname, '../../../../schema.graphql');
    fs.writeFileSync(file, printApiSchema(schema));
    console.log(`wrote ${file}`);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
