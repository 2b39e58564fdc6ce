/**
 * Entities a document's DOCTYPE declares, read safely. The XML parser (saxes) expands none of them
 * by itself; a name written `Hoshine Silicon Industry &co;` with `<!ENTITY co "Co., Ltd.">` was
 * then a row skipped as "undefined entity.". Here an internal entity whose value is plain text
 * (no reference, no markup: it cannot nest) of at most MAX_VALUE characters is expanded, within a
 * budget for the whole document; any other is never expanded, and the row it falls in is skipped
 * saying which entity and why: an external one (SYSTEM, PUBLIC: it would read a file or a URL), one
 * whose value refers to other entities (a billion laughs), one too long, or past the budget. Pure.
 */

/** The longest value expanded. */
export const MAX_VALUE = 200;
/** Characters expanded in one document, in all: past this, a reference is not expanded (a million references to a long value). */
export const EXPANSION_BUDGET = 1_000_000;

/** The five entities XML defines itself: never redeclared. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** A general entity's declaration: its name, then an external id or a quoted value. */
const DECLARATION = /<!ENTITY\s+(?!%)([A-Za-z_:][\w.:-]*)\s+(?:(SYSTEM|PUBLIC)\b|"([^"]*)"|'([^']*)')/g;

/** How a declared entity is read: its value, or why it is never expanded. */
export type Declared = { value: string } | { why: string };

/** The general entities the DOCTYPE's text declares (the first declaration of a name binds, as XML says). */
export function declaredEntities(doctype: string): Map<string, Declared> {
  const out = new Map<string, Declared>();
  for (const m of doctype.matchAll(DECLARATION)) {
    const name = m[1]!;
    if (out.has(name) || XML_ENTITIES.has(name)) continue;
    const value = m[3] ?? m[4];
    if (value === undefined) out.set(name, { why: `an external entity (${m[2]}), which would read a file or a URL` });
    else if (/[&%<]/.test(value)) out.set(name, { why: 'its value refers to other entities or holds markup (nested, it could grow without end)' });
    else if (value.length > MAX_VALUE) out.set(name, { why: `its value is longer than ${MAX_VALUE} characters` });
    else out.set(name, { value: value.replace(/\s/g, ' ') });
  }
  return out;
}

/**
 * The entities as the parser looks them up (saxes' `ENTITIES`: own properties over XML's five):
 * each declared one a getter that gives its value, or nothing (the parser then reports it), within
 * the budget, and notes the name looked up, so the parser's "undefined entity." can be said by name.
 */
export class DoctypeEntities {
  /** The last declared entity looked up, and why it was not expanded (null: it was). */
  last: { name: string; why: string | null } | null = null;
  private budget = EXPANSION_BUDGET;

  constructor(private readonly declared: ReadonlyMap<string, Declared>) {}

  /** Define the declared entities on the parser's `ENTITIES`. */
  install(entities: Record<string, string>): void {
    for (const [name, d] of this.declared) {
      Object.defineProperty(entities, name, {
        configurable: true,
        enumerable: true,
        get: () => {
          if ('why' in d) {
            this.last = { name, why: d.why };
            return undefined;
          }
          if (d.value.length > this.budget) {
            this.last = { name, why: `the file expands entities to more than ${EXPANSION_BUDGET.toLocaleString('en-US')} characters in all` };
            return undefined;
          }
          this.budget -= d.value.length;
          this.last = { name, why: null };
          return d.value;
        },
      });
    }
  }

  /** The reason for the parser's "undefined entity." just reported, naming the entity. */
  reason(): string {
    const last = this.last;
    this.last = null;
    if (last === null || last.why === null) return "a reference to an entity the file's DOCTYPE does not declare";
    return `the entity &${last.name}; the file's DOCTYPE declares is not expanded: ${last.why}`;
  }
}
