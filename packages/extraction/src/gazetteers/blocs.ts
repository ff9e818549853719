/**
 * Blocs and world regions: `place` mentions, never countries.
 * Format per line: `KEY | name | aliases, ... | adjectives, ...` (adjectives get lower confidence). Hand-written (CC0).
 */
export const BLOCS = `
EU|European Union|EU, E.U., European Union|
EUROPE|Europe|Europe, continental Europe|European
GCC|Gulf Cooperation Council|GCC, Gulf Cooperation Council|
GULF|Gulf states|Gulf states, Gulf countries, Gulf nations, Gulf region, the Gulf, Arabian Gulf, Persian Gulf|Gulf
ASEAN|ASEAN|ASEAN, Association of Southeast Asian Nations|
AFRICAN-UNION|African Union|African Union|
MIDDLE-EAST|Middle East|Middle East, Mideast|Middle Eastern
MENA|Middle East and North Africa|MENA, Middle East and North Africa|
EMEA|EMEA|EMEA|
APAC|Asia-Pacific|Asia-Pacific, Asia Pacific, APAC|
ASIA|Asia|Asia|Asian
SOUTHEAST-ASIA|Southeast Asia|Southeast Asia, South-East Asia, South East Asia|Southeast Asian
SOUTH-ASIA|South Asia|South Asia|South Asian
EAST-ASIA|East Asia|East Asia|East Asian
CENTRAL-ASIA|Central Asia|Central Asia|Central Asian
AFRICA|Africa|Africa, Sub-Saharan Africa|African
NORTH-AFRICA|North Africa|North Africa|North African
LATAM|Latin America|Latin America, LatAm, LATAM|Latin American
SOUTH-AMERICA|South America|South America|South American
CENTRAL-AMERICA|Central America|Central America|
NORTH-AMERICA|North America|North America|North American
CARIBBEAN|Caribbean|Caribbean, the Caribbean|
NORDICS|Nordics|Nordics, Nordic countries, Nordic region, Scandinavia|Nordic, Scandinavian
BALTICS|Baltic states|Baltics, Baltic states|
BALKANS|Balkans|Balkans, Western Balkans|
OCEANIA|Oceania|Oceania|
BRICS|BRICS|BRICS|
G7|G7|G7, Group of Seven|
G20|G20|G20, Group of 20|
`;

/** Phrases that contain a country or bloc word but name neither (matched, then dropped). */
export const NON_ENTITIES = [
  'Indian Ocean', 'Arabian Sea', 'South China Sea', 'East China Sea', 'Gulf of Mexico', 'Gulf of America', 'Gulf Stream', 'Gulf Coast',
  'Panama Canal', 'French fries', 'Swiss cheese', 'Chinese wall', 'Spanish flu', 'Dutch auction', 'Brazil nut',
  'Turkish delight', 'New England', 'English Channel', 'Jordan River', 'Korean War', 'Mexican standoff',
  'American Express', 'American football', 'Chinese New Year', 'Persian Gulf War', 'Gulf War', 'Asian Games', 'African American',
  'Russian roulette', 'Great Depression', 'Middle Ages', 'European Championship', 'Canadian dollar',
  'Australian dollar', 'Singapore dollar', 'Hong Kong dollar', 'New Zealand dollar', 'US dollar', 'U.S. dollar', 'American dollar',
  'Indian rupee', 'Japanese yen', 'Chinese yuan', 'Korean won', 'Swiss franc', 'British pound', 'Brazilian real', 'Saudi riyal',
  'Emirati dirham', 'UAE dirham', 'Qatari riyal',
];
