/**
 * Sub-national regions with their ISO 3166-2 codes (codes are facts, not copyrightable; list hand-written, CC0).
 * Format per line: `CODE | name | extra aliases, ... | flags` (`*` = also a person's name).
 * The country is the code's prefix.
 */
export const SUBDIVISIONS = `
US-AL|Alabama||
US-AK|Alaska||
US-AZ|Arizona||
US-AR|Arkansas||
US-CA|California|Calif.|
US-CO|Colorado||
US-CT|Connecticut||
US-DE|Delaware||
US-DC|Washington, D.C.|Washington, Washington DC, Washington D.C., District of Columbia|*
US-FL|Florida||
US-GA|Georgia|state of Georgia|*
US-HI|Hawaii||
US-ID|Idaho||
US-IL|Illinois||
US-IN|Indiana||
US-IA|Iowa||
US-KS|Kansas||
US-KY|Kentucky||
US-LA|Louisiana||
US-ME|Maine||
US-MD|Maryland||
US-MA|Massachusetts||
US-MI|Michigan||
US-MN|Minnesota||
US-MS|Mississippi||
US-MO|Missouri||
US-MT|Montana||
US-NE|Nebraska||
US-NV|Nevada||
US-NH|New Hampshire||
US-NJ|New Jersey||
US-NM|New Mexico||
US-NY|New York|New York City, NYC|
US-NC|North Carolina||
US-ND|North Dakota||
US-OH|Ohio||
US-OK|Oklahoma||
US-OR|Oregon||
US-PA|Pennsylvania||
US-RI|Rhode Island||
US-SC|South Carolina||
US-SD|South Dakota||
US-TN|Tennessee||
US-TX|Texas||
US-UT|Utah||
US-VT|Vermont||
US-VA|Virginia|Northern Virginia|*
US-WA|Washington state|Washington State|
US-WV|West Virginia||
US-WI|Wisconsin||
US-WY|Wyoming||
IN-UP|Uttar Pradesh||
IN-MH|Maharashtra||
IN-KA|Karnataka||
IN-TN|Tamil Nadu||
IN-TG|Telangana||
IN-AP|Andhra Pradesh||
IN-GJ|Gujarat||
IN-DL|Delhi|New Delhi, NCR|
IN-WB|West Bengal||
IN-KL|Kerala||
IN-HR|Haryana||
IN-PB|Punjab||
IN-RJ|Rajasthan||
IN-OR|Odisha|Orissa|
IN-MP|Madhya Pradesh||
IN-AS|Assam||
CN-NM|Inner Mongolia|Nei Mongol|
CN-GD|Guangdong||
CN-GZ|Guizhou||
CN-NX|Ningxia||
CN-GS|Gansu||
CN-XJ|Xinjiang||
CN-BJ|Beijing||
CN-SH|Shanghai||
CN-ZJ|Zhejiang||
CN-JS|Jiangsu||
CN-SC|Sichuan||
CN-QH|Qinghai||
CN-HI|Hainan||
CA-ON|Ontario||
CA-QC|Quebec|Québec|
CA-BC|British Columbia||
CA-AB|Alberta||
CA-MB|Manitoba||
CA-NS|Nova Scotia||
AU-NSW|New South Wales|NSW|
AU-VIC|Victoria||*
AU-QLD|Queensland||
AU-WA|Western Australia||
AU-SA|South Australia||
AU-TAS|Tasmania||
AU-NT|Northern Territory||
GB-ENG|England||
GB-SCT|Scotland||
GB-WLS|Wales||
GB-NIR|Northern Ireland||
DE-BY|Bavaria|Bayern|
DE-HE|Hesse|Hessen|
DE-BE|Berlin||
DE-BB|Brandenburg||
DE-NW|North Rhine-Westphalia||
DE-SN|Saxony||
FR-IDF|Île-de-France|Ile-de-France|
FR-ARA|Auvergne-Rhône-Alpes||
FR-HDF|Hauts-de-France||
ES-AR|Aragon|Aragón|
ES-CT|Catalonia|Catalunya|
ES-MD|Madrid||
IT-25|Lombardy|Lombardia|
JP-01|Hokkaido||
JP-13|Tokyo||
JP-27|Osaka||
JP-40|Fukuoka||
KR-11|Seoul||
KR-26|Busan||
KR-31|Ulsan||
KR-41|Gyeonggi|Gyeonggi Province|
KR-42|Gangwon||
KR-46|South Jeolla|Jeollanam-do|
AE-AZ|Abu Dhabi||
AE-DU|Dubai||
AE-SH|Sharjah||
SA-01|Riyadh||
SA-04|Eastern Province||
MY-01|Johor||
MY-10|Selangor||
MY-14|Kuala Lumpur||
ID-JK|Jakarta||
BR-SP|São Paulo|Sao Paulo|
BR-RS|Rio Grande do Sul||
MX-QUE|Querétaro|Queretaro|
MX-NLE|Nuevo León|Nuevo Leon|
`;
