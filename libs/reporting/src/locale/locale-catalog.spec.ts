import { LocaleCatalog } from './locale-catalog.js';

const catalog = new LocaleCatalog(
  'de',
  {
    meta: { intlLocale: 'de-DE' },
    groups: { agency: 'Agentur: {name}' },
    sections: { summary: 'Zusammenfassung' },
  },
  'reports/locales/de.json',
);

describe('LocaleCatalog', () => {
  it('looks strings up by dot path', () => {
    expect(catalog.t('sections.summary')).toBe('Zusammenfassung');
    expect(catalog.intlLocale).toBe('de-DE');
  });

  it('fills {placeholders}', () => {
    expect(catalog.t('groups.agency', { name: 'CallCo' })).toBe('Agentur: CallCo');
  });

  it('names the key, the locale and the file when a string is missing', () => {
    expect(() => catalog.t('sections.volume')).toThrow(
      'Missing locale string "sections.volume" for locale "de" in reports/locales/de.json',
    );
  });

  it('refuses a group where a string is expected, and a missing parameter', () => {
    expect(() => catalog.t('sections')).toThrow(/is a group, not a string/);
    expect(() => catalog.t('groups.agency')).toThrow(/needs the parameter \{name\}/);
  });

  it('does not find inherited object properties', () => {
    expect(catalog.has('sections.constructor')).toBe(false);
    expect(catalog.has('sections.summary')).toBe(true);
  });

  it('lists its keys', () => {
    expect(catalog.keys()).toEqual(['groups.agency', 'meta.intlLocale', 'sections.summary']);
  });
});
