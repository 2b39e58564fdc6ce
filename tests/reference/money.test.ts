import { describe, expect, it } from 'vitest';
import { amountCurrency, withoutAmountCurrency } from '../../src/reference/money.js';

describe('amountCurrency: the currency an amount cell writes beside its figure', () => {
  it.each([
    ['9,000.00 USD', 'USD', '9,000.00'],
    ['EUR 12.345,67', 'EUR', '12.345,67'],
    ['12 345,67 €', 'EUR', '12 345,67'],
    ["CHF 1'234.50", 'CHF', "1'234.50"],
    ['US$ 5', 'USD', '5'],
    ['-USD 5', 'USD', '-5'],
    // A sign of several currencies: stated, but not which (the layout decides a bare "$").
    ['$1,234', '$', '1,234'],
    ['¥100', null, '100'],
  ])('%s -> %s', (cell, currency, figure) => {
    expect(amountCurrency(cell)).toBe(currency);
    expect(withoutAmountCurrency(cell)).toBe(figure);
  });

  it.each([['1,234'], ['100 ABC'], ['12 SHS'], ['USD'], ['5 USD EUR'], ['0,12 %']])('%s states none', (cell) => {
    expect(amountCurrency(cell)).toBeUndefined();
    expect(withoutAmountCurrency(cell)).toBe(cell);
  });
});
