/**
 * Major cities and data-centre hubs mapped to their country (hand-written, CC0).
 * Key: `CC-NAME`. Format per line: `CC | name | extra aliases, ... | flags` (`*` = also a person's name).
 */
export const CITIES = `
IN|Mumbai|Bombay|
IN|Chennai|Madras|
IN|Bengaluru|Bangalore|
IN|Hyderabad||
IN|Noida|Greater Noida|
IN|Pune||
IN|Navi Mumbai||
IN|Jamnagar||
IN|Visakhapatnam|Vizag|
IN|Lucknow||
CN|Shenzhen||
CN|Hangzhou||
CN|Guiyang||
CN|Hohhot||
JP|Kyoto||
JP|Yokohama||
KR|Incheon||
KR|Pohang||
SG|Singapore City||
MY|Johor Bahru||
MY|Cyberjaya||
ID|Batam||
TH|Bangkok||
VN|Ho Chi Minh City|Saigon|
VN|Hanoi||
PH|Manila||
AU|Sydney||*
AU|Melbourne||
AU|Perth||
NZ|Auckland||
GB|London||
GB|Manchester||
GB|Slough||
GB|Edinburgh||
GB|Glasgow||
GB|Bristol||
FR|Paris||*
FR|Marseille|Marseilles|
DE|Frankfurt||
DE|Munich||
DE|Jülich|Juelich|
NL|Amsterdam||
IE|Dublin||
IT|Milan||
IT|Rome||
SE|Stockholm||
NO|Oslo||
FI|Helsinki||
FI|Kajaani||
DK|Copenhagen||
CH|Zurich|Zürich|
CH|Geneva||
PL|Warsaw||
PT|Lisbon||
PT|Sines||
BE|Brussels||
ES|Barcelona||
SA|Jeddah||
SA|Dammam||
SA|NEOM||
QA|Doha||
OM|Muscat||
KW|Kuwait City||
BH|Manama||
IL|Tel Aviv||
JO|Amman||
IL|Jerusalem||
EG|Cairo||
NG|Lagos||
KE|Nairobi||
ZA|Johannesburg||
ZA|Cape Town||
MA|Casablanca||
BR|Rio de Janeiro||
MX|Mexico City||
CL|Santiago||*
CA|Toronto||
CA|Ottawa||
CA|Montreal|Montréal|
CA|Vancouver||
US|Ashburn||
US|Loudoun County||
US|Abilene||
US|Dallas||*
US|Jersey City||
US|Oklahoma City||
US|Austin||*
US|Houston||*
US|Phoenix||*
US|Atlanta||
US|Chicago||
US|Silicon Valley||
US|San Francisco||
US|Santa Clara||
US|San Jose||
US|Los Angeles||
US|Seattle||
US|Boston||
US|Baltimore||
US|Brooklyn||
US|Des Moines||
US|Columbus||*
US|New Albany||
US|Reno||
US|Memphis||
US|Hillsboro||
US|Quincy||
US|Council Bluffs||
US|Richland Parish||
TW|Taipei||
TW|Hsinchu||
TW|Kaohsiung||
GE|Tbilisi||
MN|Ulaanbaatar||
KZ|Astana||
KZ|Almaty||
IS|Reykjavik||
UA|Kyiv|Kiev|
TR|Istanbul||
TR|Ankara||
UZ|Tashkent||
PK|Karachi||
PK|Lahore||
PK|Islamabad||
BD|Dhaka||
LK|Colombo||
NP|Kathmandu||
`;
