/**
 * Our additions to the i18n-iso-countries English names (MIT): display name, common short forms,
 * demonyms/adjectives, and `*` for names that are also people's names (Jordan, Chad...).
 * Format per line: `CC | display name | extra aliases, ... | demonyms, ... | flags`.
 * Written by hand for wirelog (CC0); ambiguous words such as "Emirates" or "Georgia" are handled elsewhere.
 */
export const COUNTRY_OVERRIDES = `
AF|Afghanistan||Afghan|
AL|Albania||Albanian|
DZ|Algeria||Algerian|
AS|American Samoa|||
AD|Andorra||Andorran|
AO|Angola||Angolan|
AI|Anguilla|||
AQ|Antarctica|||
AG|Antigua and Barbuda|Antigua||
AR|Argentina||Argentine, Argentinian|
AM|Armenia||Armenian|
AW|Aruba|||
AU|Australia||Australian|
AT|Austria||Austrian|
AZ|Azerbaijan||Azerbaijani, Azeri|
BS|Bahamas|The Bahamas|Bahamian|
BH|Bahrain||Bahraini|
BD|Bangladesh||Bangladeshi|
BB|Barbados||Barbadian|
BY|Belarus||Belarusian|
BE|Belgium||Belgian|
BZ|Belize||Belizean|
BJ|Benin||Beninese|
BM|Bermuda|||
BT|Bhutan||Bhutanese|
BO|Bolivia||Bolivian|
BA|Bosnia and Herzegovina|Bosnia||
BW|Botswana|||
BV|Bouvet Island|||
BR|Brazil|Brasil|Brazilian|
IO|British Indian Ocean Territory|||
BN|Brunei|Brunei Darussalam|Bruneian|
BG|Bulgaria||Bulgarian|
BF|Burkina Faso|||
BI|Burundi||Burundian|
KH|Cambodia||Cambodian|
CM|Cameroon||Cameroonian|
CA|Canada||Canadian|
CV|Cape Verde|Cabo Verde|Cape Verdean|
KY|Cayman Islands|Caymans||
CF|Central African Republic|||
TD|Chad||Chadian|*
CL|Chile||Chilean|
CN|China|PRC, Mainland China, People's Republic of China|Chinese|
CX|Christmas Island|||
CC|Cocos (Keeling) Islands|Cocos Islands||
CO|Colombia||Colombian|
KM|Comoros|||
CG|Republic of the Congo|Congo-Brazzaville||
CD|Democratic Republic of the Congo|DRC, DR Congo, Congo-Kinshasa|Congolese|
CK|Cook Islands|||
CR|Costa Rica||Costa Rican|
CI|Côte d'Ivoire|Cote d'Ivoire, Ivory Coast|Ivorian|
HR|Croatia||Croatian|
CU|Cuba||Cuban|
CY|Cyprus||Cypriot|
CZ|Czechia|Czech Republic|Czech|
DK|Denmark||Danish|
DJ|Djibouti|||
DM|Dominica|||
DO|Dominican Republic||Dominican|
EC|Ecuador||Ecuadorian|
EG|Egypt||Egyptian|
SV|El Salvador||Salvadoran|
GQ|Equatorial Guinea|||
ER|Eritrea||Eritrean|
EE|Estonia||Estonian|
ET|Ethiopia||Ethiopian|
FK|Falkland Islands|Falklands||
FO|Faroe Islands|Faroes||
FJ|Fiji||Fijian|
FI|Finland||Finnish|
FR|France||French|
GF|French Guiana|||
PF|French Polynesia|||
TF|French Southern Territories|||
GA|Gabon||Gabonese|
GM|The Gambia|Gambia|Gambian|
GE|Georgia|country of Georgia, Republic of Georgia, Sakartvelo|Georgian|
DE|Germany||German|
GH|Ghana||Ghanaian|
GI|Gibraltar|||
GR|Greece||Greek|
GL|Greenland||Greenlandic|
GD|Grenada|||
GP|Guadeloupe|||
GU|Guam|||
GT|Guatemala||Guatemalan|
GN|Guinea||Guinean|
GW|Guinea-Bissau|||
GY|Guyana||Guyanese|
HT|Haiti||Haitian|
HM|Heard Island and McDonald Islands|||
VA|Vatican City|Holy See, Vatican||
HN|Honduras||Honduran|
HK|Hong Kong||Hongkonger|
HU|Hungary||Hungarian|
IS|Iceland||Icelandic|
IN|India|Bharat|Indian|*
ID|Indonesia||Indonesian|
IR|Iran|Islamic Republic of Iran|Iranian|
IQ|Iraq||Iraqi|
IE|Ireland|Republic of Ireland, Eire|Irish|
IL|Israel||Israeli|*
IT|Italy||Italian|
JM|Jamaica||Jamaican|
JP|Japan||Japanese|
JO|Jordan|Hashemite Kingdom of Jordan|Jordanian|*
KZ|Kazakhstan||Kazakh, Kazakhstani|
KE|Kenya||Kenyan|*
KI|Kiribati|||
KP|North Korea|DPRK|North Korean|
KR|South Korea|Korea, Republic of Korea, ROK|South Korean, Korean|
KW|Kuwait||Kuwaiti|
KG|Kyrgyzstan||Kyrgyz|
LA|Laos|Lao PDR|Laotian|
LV|Latvia||Latvian|
LB|Lebanon||Lebanese|
LS|Lesotho|||
LR|Liberia||Liberian|
LY|Libya||Libyan|
LI|Liechtenstein|||
LT|Lithuania||Lithuanian|
LU|Luxembourg||Luxembourgish|
MO|Macao|Macau||
MG|Madagascar||Malagasy|
MW|Malawi||Malawian|
MY|Malaysia||Malaysian|
MV|Maldives||Maldivian|
ML|Mali||Malian|
MT|Malta||Maltese|
MH|Marshall Islands|||
MQ|Martinique|||
MR|Mauritania||Mauritanian|
MU|Mauritius||Mauritian|
YT|Mayotte|||
MX|Mexico||Mexican|
FM|Micronesia|Federated States of Micronesia||
MD|Moldova|Republic of Moldova|Moldovan|
MC|Monaco||Monegasque|
MN|Mongolia||Mongolian|
MS|Montserrat|||
MA|Morocco||Moroccan|
MZ|Mozambique||Mozambican|
MM|Myanmar|Burma|Burmese|
NA|Namibia||Namibian|
NR|Nauru|||
NP|Nepal||Nepali, Nepalese|
NL|Netherlands|The Netherlands, Holland|Dutch|
NC|New Caledonia|||
NZ|New Zealand||New Zealander|
NI|Nicaragua||Nicaraguan|
NE|Niger||Nigerien|
NG|Nigeria||Nigerian|
NU|Niue|||
NF|Norfolk Island|||
MK|North Macedonia|Macedonia|Macedonian|
MP|Northern Mariana Islands|||
NO|Norway||Norwegian|
OM|Oman||Omani|
PK|Pakistan||Pakistani|
PW|Palau|||
PS|Palestine|State of Palestine|Palestinian|
PA|Panama||Panamanian|
PG|Papua New Guinea|||
PY|Paraguay||Paraguayan|
PE|Peru||Peruvian|
PH|Philippines|The Philippines|Philippine, Filipino|
PN|Pitcairn Islands|Pitcairn||
PL|Poland||Polish|
PT|Portugal||Portuguese|
PR|Puerto Rico||Puerto Rican|
QA|Qatar||Qatari|
RE|Réunion|Reunion||
RO|Romania||Romanian|
RU|Russia|Russian Federation|Russian|
RW|Rwanda||Rwandan|
SH|Saint Helena|||
KN|Saint Kitts and Nevis|||
LC|Saint Lucia|||
PM|Saint Pierre and Miquelon|||
VC|Saint Vincent and the Grenadines|||
WS|Samoa||Samoan|
SM|San Marino|||
ST|São Tomé and Príncipe|Sao Tome and Principe||
SA|Saudi Arabia|Kingdom of Saudi Arabia, KSA|Saudi|
SN|Senegal||Senegalese|
SC|Seychelles|||
SL|Sierra Leone|||
SG|Singapore||Singaporean|
SK|Slovakia||Slovak|
SI|Slovenia||Slovenian|
SB|Solomon Islands|||
SO|Somalia||Somali|
ZA|South Africa||South African|
GS|South Georgia and the South Sandwich Islands|||
ES|Spain||Spanish|
LK|Sri Lanka||Sri Lankan|
SD|Sudan||Sudanese|
SR|Suriname|||
SJ|Svalbard and Jan Mayen|Svalbard||
SZ|Eswatini|Swaziland||
SE|Sweden||Swedish|
CH|Switzerland||Swiss|
SY|Syria|Syrian Arab Republic|Syrian|
TW|Taiwan||Taiwanese|
TJ|Tajikistan||Tajik|
TZ|Tanzania|United Republic of Tanzania|Tanzanian|
TH|Thailand||Thai|
TL|Timor-Leste|East Timor||
TG|Togo||Togolese|
TK|Tokelau|||
TO|Tonga|||
TT|Trinidad and Tobago|Trinidad||
TN|Tunisia||Tunisian|
TR|Türkiye|Turkey, Turkiye|Turkish|
TM|Turkmenistan||Turkmen|
TC|Turks and Caicos Islands|||
TV|Tuvalu|||
UG|Uganda||Ugandan|
UA|Ukraine||Ukrainian|
AE|United Arab Emirates|UAE, U.A.E., the Emirates|Emirati|
GB|United Kingdom|UK, U.K., Britain, Great Britain|British|
US|United States|United States of America, USA, U.S.A., US, U.S., America|American|
UM|United States Minor Outlying Islands|||
UY|Uruguay||Uruguayan|
UZ|Uzbekistan||Uzbek|
VU|Vanuatu|||
VE|Venezuela||Venezuelan|
VN|Vietnam|Viet Nam|Vietnamese|
VG|British Virgin Islands|||
VI|US Virgin Islands|U.S. Virgin Islands||
WF|Wallis and Futuna|||
EH|Western Sahara|||
YE|Yemen||Yemeni|
ZM|Zambia||Zambian|
ZW|Zimbabwe||Zimbabwean|
AX|Åland Islands|Aland Islands||
BQ|Caribbean Netherlands|Bonaire||
CW|Curaçao|Curacao||
GG|Guernsey|||
IM|Isle of Man|||
JE|Jersey|||
ME|Montenegro||Montenegrin|
BL|Saint Barthélemy|||
MF|Saint Martin|||
RS|Serbia||Serbian|
SX|Sint Maarten|||
SS|South Sudan||South Sudanese|
XK|Kosovo||Kosovar|
`;
