/**
 * Layouts real issuers publish that the tests of each reading rule did not cover: each a small file
 * in the shape an issuer's download has (its encoding, header words, cash lines), read end to end.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir.js';
import { expectRows, readAll } from './read-all.js';

const dir = useTempDir('issuer-layouts-');
function file(name: string, content: string | Buffer): string {
  const at = path.join(dir, name);
  writeFileSync(at, content);
  return at;
}

describe('CSV in the legacy double-byte encodings of Chinese, Japanese and Korean fund sites', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['gb18030', 'GB18030', '序号,股票代码,股票名称,数量（股）,公允价值（元）,占基金资产净值比例（％）\r\n1,600519,贵州茅台,1234567,1880000000.00,5.12\r\n2,002415,海康威视,12345678,356789012.34,0.97\r\n3,603260,合盛硅业,987654,45678901.23,0.12\r\n',
      ['贵州茅台', '海康威视', '合盛硅业']],
    ['cp932', 'Shift_JIS', '銘柄コード,ISIN,銘柄名,株数,評価額（円）,組入比率（％）\r\n700,KYG875721634,テンセント・ホールディングス,123400,876543210,9.87\r\n002415,CNE100000PM8,杭州海康威視数字技術,300000,123456789,1.39\r\n',
      ['テンセント・ホールディングス', '杭州海康威視数字技術']],
    ['cp949', 'EUC-KR', '번호,종목코드,종목명,수량,평가금액(원),비중(%)\r\n1,KYG875721634,텐센트 홀딩스,12345,987654321,8.12\r\n2,CNE100000PM8,항저우 하이크비전,50000,312345678,2.57\r\n',
      ['텐센트 홀딩스', '항저우 하이크비전']],
    ['cp950', 'Big5', '證券代碼,證券名稱,股數,市值,權重\r\n2330,台積電,1000,600000,50.1\r\n2317,鴻海精密工業,2000,300000,25.2\r\n2454,聯發科技,300,250000,20.9\r\n',
      ['台積電', '鴻海精密工業', '聯發科技']],
  ];
  it.each(cases)('%s is detected and decoded, with a warning naming it (before: Windows-1252 mojibake, no header row, exit 3)', async (enc, label, text, names) => {
    const r = await readAll(file(`${enc}.csv`, iconv.encode(text, enc)));
    expect(r.meta.encoding).toBe(enc);
    expect(r.meta.warnings).toEqual([expect.stringContaining(`decoded as ${label}`)]);
    expect(r.positions.map((p) => p.issuer)).toEqual(names);
    expectRows(r, names.length, names.length, 0, 0);
  });

  it('Windows-1252 with accented letters inside words is still Windows-1252', async () => {
    const text = 'Name,ISIN,Weight\r\nSociété Générale SA,FR0000130809,1.2\r\nNestlé SA,CH0038863350,2.3\r\nL\'Oréal SA,FR0000120321,0.5\r\nSCHÜTZE AG,DE0007164600,0.1\r\nMüller Søn & Cie,,0.1\r\nStraße Öl AG,,0.1\r\n';
    const r = await readAll(file('latin.csv', iconv.encode(text, 'windows-1252')));
    expect(r.meta.encoding).toBe('windows-1252');
    expect(r.positions.map((p) => p.issuer)).toEqual(['Société Générale SA', 'Nestlé SA', "L'Oréal SA", 'SCHÜTZE AG', 'Müller Søn & Cie', 'Straße Öl AG']);
  });
});
