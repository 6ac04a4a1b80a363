// knowledge/en/offices.json is checked field by field, and an office that several states have
// names one of them only where its title is spelt as that state spells it.
import { nationalOffice, validateOfficesFile } from '../../src/knowledge/derived/offices';

describe('offices.json', () => {
  const offices = validateOfficesFile(
    {
      nationalOffices: [
        { role: 'secretary of state', of: 'United States' },
        { role: 'defense secretary', of: 'United States', written: ['defense secretary', 'secretary of defense'] },
        { role: 'defense secretary', of: 'United Kingdom', written: ['defence secretary'] },
      ],
      holders: [],
    },
    'offices.json',
  );

  test('a role one state has names it however it is written', () => {
    expect(nationalOffice(offices, 'secretary of state', 'Secretary of State')).toBe('United States');
  });

  test('a role several states have names the state whose spelling the title uses, and no state otherwise', () => {
    expect(nationalOffice(offices, 'defense secretary', 'Secretary of Defense')).toBe('United States');
    expect(nationalOffice(offices, 'defense secretary', 'Defence Secretary')).toBe('United Kingdom');
    expect(nationalOffice(offices, 'defense secretary', 'Defense Minister')).toBeUndefined();
  });

  test('an unknown field or a spelling that is not text is refused with where it is', () => {
    expect(() => validateOfficesFile({ nationalOffices: [{ role: 'x', of: 'Y', spelt: [] }], holders: [] }, 'o.json')).toThrow(/o\.json.*spelt/);
    expect(() => validateOfficesFile({ nationalOffices: [{ role: 'x', of: 'Y', written: [3] }], holders: [] }, 'o.json')).toThrow(/o\.json.*written/);
  });
});
