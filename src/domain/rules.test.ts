import { describe, expect, it } from 'vitest';
import { countCharacters, foldName, formatPhone, nameError, parsePhone } from './rules';

describe('names', () => {
  it('counts characters as a person does', () => {
    expect(countCharacters('Hélène')).toBe(6);
    expect(countCharacters('He\u0301le\u0300ne')).toBe(6);
    expect(countCharacters('Équipe 👷🏽‍♀️')).toBe(8);
  });

  it('accepts 30 characters and refuses 31 or none', () => {
    expect(nameError('é'.repeat(30))).toBeNull();
    expect(nameError('é'.repeat(31))).toBe('name.tooLong');
    expect(nameError('   ')).toBe('name.required');
    expect(nameError(`  ${'a'.repeat(30)}  `)).toBeNull();
  });

  it('folds case and accents so "Équipe Nord" and "equipe  nord" are the same name', () => {
    expect(foldName('Équipe  Nord')).toBe(foldName('equipe nord'));
    expect(foldName('Zoë')).toBe('zoe');
  });
});

describe('phone numbers', () => {
  it.each(['613-555-0142', '(613) 555-0142', '+1 613 555 0142', '6135550142', '1 613 555 0142', '613.555.0142'])(
    'reads %s as 6135550142',
    (typed) => {
      expect(parsePhone(typed)).toEqual({ ok: true, digits: '6135550142' });
    },
  );

  it.each([
    ['', 'phone.required'],
    ['613-555-014', 'phone.invalid'],
    ['613-555-01425', 'phone.invalid'],
    ['+33 6 12 34 56 78', 'phone.invalid'],
    ['613-555-O142', 'phone.invalid'],
    ['613+555+0142', 'phone.invalid'],
    ['113-555-0142', 'phone.areaCode'],
    ['613-155-0142', 'phone.exchange'],
  ])('refuses %j with %s', (typed, error) => {
    expect(parsePhone(typed)).toEqual({ ok: false, error });
  });

  it('formats for the locale', () => {
    expect(formatPhone('6135550142', 'fr-CA')).toBe('613 555-0142');
    expect(formatPhone('6135550142', 'en-CA')).toBe('(613) 555-0142');
  });
});
