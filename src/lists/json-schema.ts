/** lists/schema.json (for editors and other tools) is generated from the zod schema, never by hand. */
import { z } from 'zod';
import { ListFileSchema } from './schema.js';

export function listJsonSchemaText(): string {
  const schema = z.toJSONSchema(ListFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'fundscreen exclusion list' }, null, 2)}\n`;
}
