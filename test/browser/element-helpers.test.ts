import { expect } from '@open-wc/testing';
import { DEFAULT_DIRECTIONS, directionsUrl, mailHref, safeHref, telHref } from '../../src/components/service-locator-list/links.js';
import { DEFAULT_GEOCODER_URL, geocoderEndpoint } from '../../src/controllers/origin-controller.js';
import { parseGeocodeJson } from '../../src/controllers/geocode.js';
import { formatDistance, toLang } from '../../src/i18n/index.js';
import { UI_STRINGS } from '../../src/i18n/strings-all.js';

describe('element helpers', () => {
  it('links: only http, https, tel and mailto become an href', () => {
    expect(safeHref('javascript:alert(1)')).to.equal(null);
    expect(safeHref('data:text/html,x')).to.equal(null);
    expect(safeHref('/relative')).to.equal(null);
    expect(safeHref(' https://example.org/a b ')).to.equal('https://example.org/a%20b');
    expect(safeHref('mailto:a@b.fr', ['http:', 'https:'])).to.equal(null);
    expect(telHref('05 65 20 88 70')).to.equal('tel:0565208870');
    expect(telHref('+33 (0)5 65 20 88 70')).to.equal('tel:+330565208870');
    expect(telHref('appelez-nous')).to.equal(null);
    expect(mailHref('a@b.fr')).to.equal('mailto:a@b.fr');
    expect(mailHref('a@b"><script>')).to.equal(null);
  });

  it('directions: OpenStreetMap by default, a template otherwise, never a non-http URL', () => {
    expect(DEFAULT_DIRECTIONS).to.match(/^https:\/\/www\.openstreetmap\.org\/directions/);
    expect(directionsUrl('', { lat: 44.4475, lon: 1.4419 }, 'X', null)).to.equal(
      'https://www.openstreetmap.org/directions?route=%3B44.4475%2C1.4419',
    );
    expect(directionsUrl('', { lat: 44.4475, lon: 1.4419 }, 'X', { lat: 44.5, lon: 1.2 })).to.equal(
      'https://www.openstreetmap.org/directions?route=44.5%2C1.2%3B44.4475%2C1.4419',
    );
    expect(directionsUrl('https://maps.example/?daddr={lat},{lon}&q={name}', { lat: 1, lon: 2 }, 'Mairie & CCAS', null)).to.equal(
      'https://maps.example/?daddr=1,2&q=Mairie%20%26%20CCAS',
    );
    expect(directionsUrl('javascript:go({lat})', { lat: 1, lon: 2 }, 'x', null)).to.equal(null);
  });

  it('geocoder: off unless set; GeoCodeJSON read defensively', () => {
    expect(geocoderEndpoint(null)).to.equal(null);
    expect(geocoderEndpoint('off')).to.equal(null);
    expect(geocoderEndpoint('')).to.equal(DEFAULT_GEOCODER_URL);
    expect(geocoderEndpoint('/__test__/geo')).to.equal('/__test__/geo');
    expect(parseGeocodeJson({ features: [{ geometry: { coordinates: [1.4, 44.4] }, properties: { label: 'Cahors' } }] })).to.deep.equal([
      { lat: 44.4, lon: 1.4, label: 'Cahors' },
    ]);
    expect(parseGeocodeJson({ features: [{ geometry: { coordinates: ['x', 1] }, properties: { label: 'x' } }, null, 3] })).to.deep.equal([]);
    expect(parseGeocodeJson('<html>')).to.deep.equal([]);
  });

  it('i18n: distances through Intl, plurals through PluralRules, languages normalised', () => {
    expect(formatDistance('fr', 0.84)).to.match(/^840\s?m$/);
    expect(formatDistance('fr', 4.23)).to.match(/^4,2\s?km$/);
    expect(formatDistance('en', 27.4)).to.match(/^27\s?km$/);
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('de')).to.equal('fr');
    // Both languages have every key.
    expect(Object.keys(UI_STRINGS.en).sort()).to.deep.equal(Object.keys(UI_STRINGS.fr).sort());
  });
});
