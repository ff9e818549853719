import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { EXTRACTOR_VERSION } from './version';

const keys = (text: string, kind: string) => [...new Set(extract(text).mentions.filter((m) => m.kind === kind).map((m) => m.key))].sort();

describe('extract', () => {
  const text = 'Uttar Pradesh is building a $7.7 billion AI data centre with Nvidia H100s, and AWS agreed to host it.';
  const result = extract(text, { publishedAt: '2026-03-02T00:00:00Z' });

  it('returns the extractor version', () => {
    expect(result.version).toBe(EXTRACTOR_VERSION);
    expect(EXTRACTOR_VERSION).toMatch(/^wirelog-extract\/\d+\.\d+\.\d+\+gaz\.\d{4}-\d{2}-\d{2}$/);
  });

  it('gives a sub-national place both a place and a country mention', () => {
    const up = result.mentions.filter((m) => m.text === 'Uttar Pradesh');
    expect(up.map((m) => [m.kind, m.key, m.name])).toEqual([
      ['country', 'IN', 'India'],
      ['place', 'IN-UP', 'Uttar Pradesh'],
    ]);
    expect(up.find((m) => m.kind === 'place')?.value).toEqual({ country: 'IN' });
  });

  it('normalises keys, names and values per SPEC §6', () => {
    const byKind = Object.fromEntries(result.mentions.map((m) => [m.kind, m]));
    expect(byKind.money).toMatchObject({ key: 'USD:7700000000', name: '$7.7 billion', value: { currency: 'USD', amount: 7.7e9 } });
    expect(byKind.hardware).toMatchObject({ text: 'H100s', key: 'nvidia-h100', name: 'NVIDIA H100', value: { vendor: 'NVIDIA', category: 'accelerator' } });
    expect(result.mentions.filter((m) => m.kind === 'org').map((m) => m.key)).toEqual(['nvidia', 'amazon-web-services']);
  });

  it('sorts by start, slices the text exactly and gives stable distinct ids', () => {
    const starts = result.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(result.mentions.map((m) => m.id)).size).toBe(result.mentions.length);
    expect(extract(text).mentions.map((m) => m.id)).toEqual(result.mentions.map((m) => m.id));
    for (const m of result.mentions) expect(m.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('links money to the one country and organisation of its sentence', () => {
    const money = result.mentions.find((m) => m.kind === 'money');
    expect(money?.country).toBe('IN');
    expect(money?.org).toBeUndefined(); // two organisations in the sentence
    const solo = extract('In Japan, SoftBank will spend ¥1 trillion. Korea spends more.').mentions.find((m) => m.kind === 'money');
    expect([solo?.country, solo?.org]).toEqual(['JP', 'softbank']);
  });

  it('handles the disambiguation traps', () => {
    expect(keys('Jordan Smith and Chad Wolf met Michael Jordan.', 'country')).toEqual([]);
    expect(keys('Georgia Power serves Atlanta.', 'country')).toEqual(['US']);
    expect(keys('Georgia Power serves Atlanta.', 'org')).toEqual(['georgia-power']);
    expect(keys('Data centres in Georgia are booming.', 'place')).toEqual(['US-GA']);
    expect(keys('Georgia, whose capital is Tbilisi, wants a data centre.', 'country')).toEqual(['GE']);
    expect(keys('Hubs in Inner Mongolia grow.', 'place')).toEqual(['CN-NM']);
    expect(keys('Hubs in Inner Mongolia grow.', 'country')).toEqual(['CN']);
    expect(keys('Emirates, the airline, signed.', 'country')).toEqual([]);
    expect(keys('The Bank of England and the IndiaAI Mission spoke.', 'country')).toEqual([]);
    expect(keys('The EU, the GCC and the Gulf states agreed.', 'country')).toEqual([]);
    expect(keys('The EU, the GCC and the Gulf states agreed.', 'place')).toEqual(['EU', 'GCC', 'GULF']);
    expect(keys('Korean and Indian firms bid.', 'country')).toEqual(['IN', 'KR']);
    expect(keys('They told us about the US$2bn deal.', 'country')).toEqual([]);
    expect(keys('Data centres in North India and Greater Sydney.', 'country')).toEqual(['AU', 'IN']);
    expect(keys('The Digital India programme grew. India also spends more.', 'country')).toEqual(['IN']);
    expect(keys('Jordan Smith said GPUs are scarce. Jordan expects relief.', 'country')).toEqual([]);
    expect(keys('Jordan Smith said GPUs are scarce in Jordan.', 'country')).toEqual(['JO']);
    expect(keys('Neighbouring Jordan wants GPUs. Landlocked Chad too.', 'country')).toEqual(['JO', 'TD']);
    expect(keys('Christopher Columbus sailed. Columbus, Ohio, has a campus.', 'place')).toEqual(['US-COLUMBUS', 'US-OH']);
  });

  it('matches ambiguous hardware names only in hardware context', () => {
    expect(keys("Nvidia's Rubin GPUs and AMD's Helios rack ship in 2026.", 'hardware')).toEqual(['amd-helios', 'nvidia-rubin']);
    expect(keys('Rubin, the former Treasury secretary, spoke. Helios Towers sells masts.', 'hardware')).toEqual([]);
    expect(keys('GB300-class systems, 6th Gen EPYC and Instinct MI450 parts.', 'hardware')).toEqual([
      'amd-epyc-venice',
      'amd-instinct-mi450',
      'nvidia-gb300',
    ]);
  });

  it('collapses aliases to one key', () => {
    expect(keys('AWS, Amazon Web Services, Nvidia and NVIDIA.', 'org')).toEqual(['amazon-web-services', 'nvidia']);
  });

  it('guesses unknown organisations from capitalised names with an organisation word, at lower confidence', () => {
    const m = extract('Funding came from Prometheus Hyperscale Inc. and Blue Lake Capital.').mentions.filter((x) => x.kind === 'org');
    expect(m.map((x) => [x.key, x.confidence])).toEqual([
      ['prometheus-hyperscale', 0.5],
      ['blue-lake-capital', 0.5],
    ]);
  });

  it('returns nothing for empty or entity-free text', () => {
    expect(extract('').mentions).toEqual([]);
    expect(extract('the quick brown fox jumps over the lazy dog').mentions).toEqual([]);
  });
});

describe('extract: organisations named by what they are', () => {
  const orgs = (text: string) => extract(text).mentions.filter((m) => m.kind === 'org').map((m) => [m.key, m.confidence]);

  it('reads a role word before or an appositive after a capitalised name', () => {
    expect(orgs('Ireland’s grid operator EirGrid paused connections.')).toEqual([['eirgrid', 0.5]]);
    expect(orgs('Skyvault, a Norwegian data-centre developer, raised money.')).toEqual([['skyvault', 0.5]]);
  });

  it('leaves people, events and laws alone', () => {
    expect(orgs('Austin Russell, an adviser to several AI start-ups, spoke.')).toEqual([]);
    expect(orgs('Pakistan-based developer Ammar Askar wrote a post.')).toEqual([]);
    expect(orgs('He premiered it at the Paris Motor Show under the Investment Company Act.')).toEqual([]);
  });
});

describe('extract: issue 11 hardware families, quantities and capacity', () => {
  const of = (text: string, kind: string) => extract(text).mentions.filter((m) => m.kind === kind);

  it('a family is an entity of its own, never one product: Grace Blackwell → nvidia-grace-blackwell', () => {
    expect(of('Mistral will start with Nvidia Grace Blackwell systems.', 'hardware').map((m) => [m.key, m.value])).toEqual([
      ['nvidia-grace-blackwell', { vendor: 'NVIDIA', category: 'family' }],
    ]);
    expect(keys('Blackwell Ultra systems overtook Blackwell; Hopper and Grace Hopper GPUs remain.', 'hardware')).toEqual([
      'nvidia-blackwell',
      'nvidia-blackwell-ultra',
      'nvidia-grace-hopper',
      'nvidia-hopper',
    ]);
    expect(keys('The GB200 Grace Blackwell Superchip ships.', 'hardware')).toEqual(['nvidia-gb200']);
  });

  it('a product keeps its family', () => {
    expect(of('It deployed H100 and GB300 chips and MI355X GPUs.', 'hardware').map((m) => [m.key, (m.value as { family?: string }).family])).toEqual([
      ['nvidia-h100', 'nvidia-hopper'],
      ['nvidia-gb300', 'nvidia-blackwell-ultra'],
      ['amd-instinct-mi355x', 'amd-instinct'],
    ]);
  });

  it('generic words are not products: HBM, GPU', () => {
    expect(of('HBM supply is tight and GPU prices rose; HBM3E is sold out.', 'hardware').map((m) => m.key)).toEqual(['hbm3e']);
  });

  it('50,000 NVIDIA H200 GPUs: the count is the hardware mention\'s quantity, linked like money', () => {
    const [h200] = of('In Saudi Arabia, Humain bought 50,000 NVIDIA H200 GPUs.', 'hardware');
    expect(h200).toMatchObject({ key: 'nvidia-h200', value: { quantity: 50000, family: 'nvidia-hopper' }, country: 'SA' });
    expect(of('It will add 260,000 Blackwell GPUs and 10,000 H100s.', 'hardware').map((m) => [m.key, (m.value as { quantity?: number }).quantity])).toEqual([
      ['nvidia-blackwell', 260000],
      ['nvidia-h100', 10000],
    ]);
    expect((of('In 2024 H100 prices fell.', 'hardware')[0]?.value as { quantity?: number }).quantity).toBeUndefined();
  });

  it('18,000 GPUs: a quantity mention of its own, linked to the one product of its sentence, its country and organisation', () => {
    expect(of('Microsoft runs 18,000 GPUs in Kenya, mostly GB300s.', 'quantity')).toMatchObject([
      { text: '18,000 GPUs', key: 'gpu:18000', name: '18,000 GPUs', value: { count: 18000, unit: 'gpu', hardware: 'nvidia-gb300' }, country: 'KE', org: 'microsoft' },
    ]);
    expect(of("xAI's 100,000-GPU cluster grew.", 'quantity').map((m) => m.key)).toEqual(['gpu:100000']);
  });

  it.each([
    ['1.5 gigawatts', 'MW:1500', '1.5 gigawatts', { mw: 1500 }],
    ['300 MW', 'MW:300', '300 megawatts', { mw: 300 }],
    ['5 GW', 'MW:5000', '5 gigawatts', { mw: 5000 }],
    ['a 100-megawatt', 'MW:100', '100 megawatts', { mw: 100 }],
    ['about 1 gigawatt', 'MW:1000', '1 gigawatt', { mw: 1000, approx: true }],
    ['1-2 GW', 'MW:1000-2000', '1 gigawatt–2 gigawatts', { min: 1000, max: 2000, approx: true }],
  ])('capacity: %s → %s', (written, key, name, value) => {
    const [m] = of(`In India, Reliance Industries plans ${written} of data-centre capacity.`, 'capacity');
    expect(m).toMatchObject({ key, name, country: 'IN', org: 'reliance' });
    expect(m?.value).toEqual(value);
  });

  it('energy and rack power are not data-centre capacity', () => {
    expect(of('It used 300 MWh last year; racks draw 130 kW.', 'capacity')).toEqual([]);
    expect(keys('It grew from 2023 to 5 GW.', 'capacity')).toEqual(['MW:5000']);
  });

  it('a money range keys both ends', () => {
    expect(of('It will cost $35-40 billion.', 'money')).toMatchObject([{ key: 'USD:35000000000-40000000000', value: { min: 3.5e10, max: 4e10 } }]);
  });
});
