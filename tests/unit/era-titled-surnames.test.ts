// An undated article's era from the office holders it names with their titles: "President Bush"
// beside "Secretary of State Colin Powell" (2001-2005) is George W. Bush, beside "Secretary of State
// James Baker" (1989-1992) his father. A former holder dates nothing. Sentences written for these tests.
import { extractOne } from '../setup/extract-text';

const withMinister = (minister: string): string =>
  `Iraq talks\n\nPresident Bush will speak to Congress on Tuesday. ${minister} said the Security Council must act soon. Mr. Bush met the cabinet.\n`;

describe('titled surnames in an undated article', () => {
  test('are the holder of the office in the years the article\'s titled officials served', () => {
    expect(extractOne(withMinister('Secretary of State Colin Powell')).names).toContain('George W. Bush');
    expect(extractOne(withMinister('Secretary of State James Baker')).names).toContain('George Bush');
    expect(extractOne(withMinister('Secretary of State James Baker')).names).not.toContain('George W. Bush');
  });

  test('a former office holder says nothing of the article\'s years', () => {
    expect(extractOne(withMinister('Former Secretary of State Colin Powell')).names).not.toContain('George W. Bush');
  });
});
