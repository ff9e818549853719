import { describe, expect, it } from 'vitest';
import { extract } from './extract';

const keys = (text: string, kind: string) => [...new Set(extract(text).mentions.filter((m) => m.kind === kind).map((m) => m.key))].sort();

describe("extract: GeoNames' cities count for their countries", () => {
  it.each([
    ['A court in The Hague ruled on Friday.', 'NL', 'NL-THE-HAGUE'],
    ['Protesters gathered in Sacramento.', 'US', 'US-SACRAMENTO'],
    ['Budapest said the deal was signed.', 'HU', 'HU-BUDAPEST'],
    ['Airbus builds jets in Toulouse.', 'FR', 'FR-TOULOUSE'],
    ['Prosecutors in Nagoya said so.', 'JP', 'JP-NAGOYA'],
    ['Firefighters in Dayton, Ohio, rescued two children.', 'US', 'US-DAYTON'],
    ["Chad's government in N'Djamena set a date.", 'TD', 'TD-NDJAMENA'],
  ])('%s', (text, country, place) => {
    expect(keys(text, 'country')).toContain(country);
    expect(keys(text, 'place')).toContain(place);
  });

  it('takes a city whose name is an English word only where it stands as a place', () => {
    expect(keys('Residents of Reading voted to keep the baths open.', 'place')).toEqual(['GB-READING']);
    expect(keys('Reading the report, campaigners said repairs would cost more.', 'country')).toEqual([]);
    expect(keys('Prices were nice and the split was even.', 'country')).toEqual([]);
    expect(keys('The outbreak in Central Africa spread.', 'country')).toEqual([]);
    expect(keys('Budapest-listed OTP Bank and Toledo-based banks', 'country')).toContain('HU');
  });

  it('takes a city that is a first name only with a place beside it', () => {
    expect(keys('Kipyegon won in Eugene, Oregon, on Saturday.', 'place')).toEqual(['US-EUGENE', 'US-OR']);
    expect(keys('Eugene said he would run again.', 'country')).toEqual([]);
    expect(keys('BBC director general Tim Davie said the cuts were needed.', 'country')).toEqual([]);
  });

  it("reads a name of several countries' cities by the country the text names", () => {
    expect(keys('Researchers in Cambridge, England, found it.', 'place')).toEqual(['GB-CAMBRIDGE', 'GB-ENG']);
    expect(keys('Researchers in Cambridge found it.', 'country')).toEqual([]);
    expect(keys('A storm hit Valencia, and Spain sent help.', 'place')).toEqual(['ES-VALENCIA']);
  });

  it('lets a known organisation of the same name win over the city', () => {
    expect(keys('Morena, the governing party, won the vote in Mexico.', 'country')).toEqual(['MX']);
  });

  it('keeps the traps of SPEC §6', () => {
    expect(keys('A Turkey dinner at a care home in Leeds left residents ill.', 'country')).toEqual(['GB']);
    expect(keys('Jordan Smith, an analyst in Edinburgh, said so.', 'country')).toEqual(['GB']);
    expect(keys('Chad Wolf spoke in El Paso, Texas.', 'country')).toEqual(['US']);
    expect(keys('Georgia Power asked regulators in Atlanta for more gas plants.', 'country')).toEqual(['US']);
  });
});

describe("extract: a country in a national body's name counts", () => {
  it.each([
    ['The U.S. Supreme Court agreed to hear the case.', ['US']],
    ['The Election Commission of India said turnout rose.', ['IN']],
    ['The Chinese Foreign Ministry said so.', ['CN']],
    ['Turkish Airlines added flights.', []],
  ])('%s', (text, countries) => {
    expect(keys(text, 'country')).toEqual(countries);
  });
});

describe('extract: country names in the forms news writes them', () => {
  it.each([
    ['the Democratic Republic of Congo', 'CD'],
    ['the Democratic Republic of the Congo', 'CD'],
    ['DR Congo', 'CD'],
    ['the Republic of Korea', 'KR'],
    ['the Republic of Moldova', 'MD'],
    ['the Federated States of Micronesia', 'FM'],
  ])('%s', (name, country) => {
    expect(keys(`Officials from ${name} met on Monday.`, 'country')).toEqual([country]);
  });
});
