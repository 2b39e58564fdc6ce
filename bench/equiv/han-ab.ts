/**
 * In-process A/B of two checkouts' matchers on Chinese names written in Han (a Chinese-language
 * holdings file), alternating as ab.ts does: unique names made of a place, a brand of two or three
 * characters, a business word and a legal form (generated, not real companies), against the
 * shipped list, timed in CPU time; then the same names written in Latin letters (their pinyin
 * reading, as checkout B reads it) through checkout A, for what a name of either script costs.
 *   node --import tsx bench/equiv/han-ab.ts /tmp/old . [ROUNDS] [NAMES]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Prng } from '../prng.js';

const [dirA, dirB, roundsArg, namesArg] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: bench/equiv/han-ab.ts DIR_A DIR_B [ROUNDS] [NAMES]');
const load = async (dir: string) => ({
  matcher: (await import(pathToFileURL(path.resolve(dir, 'src/match/matcher.ts')).href)) as typeof import('../../src/match/matcher.js'),
  lists: (await import(pathToFileURL(path.resolve(dir, 'src/lists/load.ts')).href)) as typeof import('../../src/lists/load.js'),
});
const builds = { A: await load(dirA), B: await load(dirB) };
const { pinyinSpelling } = (await import(pathToFileURL(path.resolve(dirB, 'src/match/han-pinyin.ts')).href)) as typeof import('../../src/match/han-pinyin.js');
const list = await builds.A.lists.loadList(path.resolve(dirA, 'lists/xinjiang.json'));

const rng = new Prng(7);
const brand = Array.from('通威中泰合盛大华海康长虹美菱八一天山广汇金风特变众和立昂思念华孚洽洽纳思达宝钢万华紫金赣锋天齐恒瑞福耀伊利双汇牧原温氏白药晨光弘元骆驼中粮');
const places = ['新疆', '浙江', '江苏', '上海', '北京', '重庆', '四川', '厦门', '杭州', '深圳', ''];
const words = ['化学', '科技', '能源', '矿业', '银行', '证券', '电子', '汽车', '医药', '食品', '技术', '钢铁', '锂业', ''];
const forms = ['股份有限公司', '有限公司', '股份', '集团股份有限公司', ''];
const size = Number(namesArg ?? 20_000);
const names = new Set<string>();
while (names.size < size) {
  const b = rng.pick(brand) + rng.pick(brand) + (rng.int(3) === 0 ? rng.pick(brand) : '');
  names.add(rng.pick(places) + b + rng.pick(words) + rng.pick(forms));
}
const han = [...names].map((issuer) => ({ issuer, ids: {} }));
const latin = [...new Set(han.map((q) => (pinyinSpelling(q.issuer) ?? q.issuer).trim().toUpperCase()))].map((issuer) => ({ issuer, ids: {} }));

type Build = typeof builds.A;
function pass(build: Build, qs: ReadonlyArray<{ issuer: string; ids: object }>): { rate: number; flagged: number } {
  const m = build.matcher.createMatcher([list]);
  let flagged = 0;
  const c0 = process.cpuUsage();
  for (const q of qs) if (m.match(q).length > 0) flagged++;
  const c = process.cpuUsage(c0);
  return { rate: qs.length / ((c.user + c.system) / 1e6), flagged };
}
const rounds = Number(roundsArg ?? 4);
const rates = { A: [] as number[], B: [] as number[], latin: [] as number[] };
const flagged = { A: 0, B: 0 };
for (let r = 0; r < rounds; r++) {
  for (const k of r % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
    const p = pass(builds[k], han);
    rates[k].push(p.rate);
    flagged[k] = p.flagged;
  }
  rates.latin.push(pass(builds.A, latin).rate);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const show = (xs: number[]) => `${xs.map(Math.round).join(' ')}  median ${Math.round(median(xs))}`;
console.log(`${han.length} Han names; A ${dirA}: ${show(rates.A)} CPU names/s, ${flagged.A} flagged`);
console.log(`B ${dirB}: ${show(rates.B)} CPU names/s, ${flagged.B} flagged`);
console.log(`A on the same names in Latin letters (${latin.length}): ${show(rates.latin)} CPU names/s`);
