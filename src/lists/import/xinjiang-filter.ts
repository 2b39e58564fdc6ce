/**
 * `lists import --filter`: keep what is Xinjiang-related. An entity is kept when its names, notes,
 * programs or citations mention Xinjiang (or its places, the XPCC, Uyghurs, the UFLPA), or when it
 * is linked to a kept entity ("Linked To" in OFAC remarks). Pure.
 */
import type { ListEntity } from '../schema.js';

const XINJIANG = /xinjiang|uyghur|uighur|\bxuar\b|\bxpcc\b|bingtuan|urumqi|kashgar|kashi|hotan|hetian|turpan|turfan|aksu|akesu|shihezi|karamay|kelamayi|korla|yili|ili kazakh|changji|bortala|boertala|tumxuk|wujiaqu|altay|hami|kumul|tacheng|\buflpa\b|forced labou?r|新疆|兵团/i;

type Draft = Omit<ListEntity, 'id'>;

function mentionsXinjiang(e: Draft): boolean {
  const text = [e.name, ...e.aliases, e.notes ?? '', ...e.listings.flatMap((l) => [l.list, l.program ?? '', l.citation, l.note ?? ''])].join(' | ');
  return XINJIANG.test(text);
}

export function filterXinjiang(entities: Draft[]): Draft[] {
  const kept = new Set(entities.filter(mentionsXinjiang));
  const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  // One pass of links in both directions: a person linked to the XPCC, the XPCC linked to a person.
  const keptNames = new Set([...kept].flatMap((e) => [e.name, ...e.aliases].map(key)));
  const linkedFromKept = new Set([...kept].flatMap((e) => e.relations.map((r) => key(r.name))));
  for (const e of entities) {
    if (kept.has(e)) continue;
    if (linkedFromKept.has(key(e.name)) || e.relations.some((r) => keptNames.has(key(r.name)))) kept.add(e);
  }
  return entities.filter((e) => kept.has(e));
}
