/** Writes lists/schema.json from the zod schema. Run: npx tsx scripts/build-list/schema-json.ts */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listJsonSchemaText } from '../../src/lists/json-schema.js';
import { writeFileAtomic } from '../../src/cli/output.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'lists', 'schema.json');
await writeFileAtomic(out, listJsonSchemaText());
console.log(`wrote ${out}`);
