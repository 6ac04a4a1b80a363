// Name keys and stable ids behind entity resolution.
import { entityKey, personKey, stableId, surnameKey, wordKey } from '../../src/resolve/names';
import { entityId } from '../../src/resolve';

test('transliterations share a key', () => {
  expect(personKey('Sergey Shoigu')).toBe(personKey('Sergei Shoigu'));
  expect(surnameKey('Volodymyr Zelenskyy')).toBe(surnameKey('Volodymyr Zelensky'));
  expect(surnameKey('Zelenskiy')).toBe(surnameKey('Zelensky'));
  expect(wordKey('Dmitri')).toBe(wordKey('Dmitry'));
  expect(personKey('António Costa')).toBe(personKey('Antonio Costa'));
});

test('different people do not share a key', () => {
  expect(personKey('Kim Jong Un')).not.toBe(personKey('Kim Yo Jong'));
  expect(personKey('David Cameron')).not.toBe(personKey('David Lammy'));
});

test('entity keys ignore "the" and punctuation', () => {
  expect(entityKey('the Kremlin')).toBe(entityKey('Kremlin'));
  expect(entityKey('U.S.')).toBe('u s');
});

test('ids are stable and depend on label and canonical name only', () => {
  expect(entityId('Person', 'Sergey Shoigu')).toBe(entityId('Person', 'Sergei Shoigu'));
  expect(entityId('State', 'Russia')).not.toBe(entityId('Organization', 'Russia'));
  expect(stableId('rel', 'a', 1)).toBe(stableId('rel', 'a', 1));
  expect(stableId('rel', 'a', 1)).not.toBe(stableId('rel', 'a1'));
});
