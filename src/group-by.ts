/**
 * Grouping into a Map of arrays, in place: `pushTo(groups, key, value)` appends to the key's array
 * (made on first use). A copy per added value (`[...(m.get(k) ?? []), v]`) makes a group of n
 * values cost n^2: a fund of 100,000 flagged rows took 69 s to report.
 */
export function pushTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
