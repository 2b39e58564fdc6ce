/**
 * Wording of list problems: every problem names the entity (by id when it has one) and the path
 * inside it, so a maintainer can find it in a 200-entity file.
 */
import type { z } from 'zod';

type Path = readonly PropertyKey[];

function pathText(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out;
}

/** "entity hikvision (entities[3])" for paths under entities[i], else null. */
function entityLabel(data: unknown, index: number): string {
  const entities = (data as { entities?: unknown })?.entities;
  const e = Array.isArray(entities) ? (entities[index] as { id?: unknown } | undefined) : undefined;
  const id = e && typeof e.id === 'string' && e.id ? e.id : null;
  return id ? `entity ${id} (entities[${index}])` : `entities[${index}]`;
}

/** Prefix for a problem at `path` in the list file: "entity hikvision (entities[3]) listings[0].url". */
export function locate(data: unknown, path: Path): string {
  if (path[0] === 'entities' && typeof path[1] === 'number') {
    const rest = pathText(path.slice(2));
    return `${entityLabel(data, path[1])}${rest ? ` ${rest}` : ''}`;
  }
  return path.length ? pathText(path) : '(file)';
}

export function schemaProblems(error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : '';
    return `${locate(data, issue.path)}: ${issue.message}${keys}`;
  });
}
