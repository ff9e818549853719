/** Regional operators, telcos, utilities, storage and software vendors of the domain (hand-curated, CC0). Same format as orgs-companies.ts. */
export const ORG_REGIONAL = `
tata-electronics|Tata Electronics|
powerchip|Powerchip Semiconductor Manufacturing|Powerchip, PSMC
umc|United Microelectronics|UMC
mediatek|MediaTek|
wiwynn|Wiwynn|
gigabyte|Gigabyte|GIGABYTE
asus|ASUS|Asus
china-mobile|China Mobile|
china-telecom|China Telecom|
china-unicom|China Unicom|
gds|GDS Holdings|GDS
chindata|Chindata|
vnet|VNET|
inspur|Inspur|
sugon|Sugon|
zte|ZTE|
h3c|H3C|
sensetime|SenseTime|
iflytek|iFlytek|
xiaomi|Xiaomi|
lg-cns|LG CNS|
hanwha|Hanwha|
doosan|Doosan|
sk-broadband|SK Broadband|
sharp|Sharp|Sharp Corp|?
nec|NEC|
hitachi|Hitachi|
toshiba|Toshiba|
kioxia|Kioxia|
mitsubishi|Mitsubishi|Mitsubishi Corp
sumitomo|Sumitomo|
bridge-data-centres|Bridge Data Centres|
ytl|YTL Power International|YTL, YTL Power
bain-capital|Bain Capital|
nxtra|Nxtra|Nxtra Data, Airtel Nxtra
ctrls|CtrlS|
web-werks|Web Werks|
larsen-and-toubro|Larsen & Toubro|L&T
iron-mountain|Iron Mountain|
national-grid|National Grid|
bndes|BNDES|Brazilian Development Bank
scala-data-centers|Scala Data Centers|Scala
ascenty|Ascenty|
verne|Verne|Verne Global
atnorth|atNorth|
kolos|Kolos|
teraco|Teraco|
africa-data-centres|Africa Data Centres|
raxio|Raxio|
cassava-technologies|Cassava Technologies|Cassava
telus|Telus|TELUS
bell-canada|Bell Canada|BCE
nokia|Nokia|
ericsson|Ericsson|
telenor|Telenor|
telia|Telia|
iliad|Iliad|
swisscom|Swisscom|
schwarz-group|Schwarz Group|Schwarz Digits, STACKIT
ionos|IONOS|Ionos
evroc|Evroc|evroc
sesterce|Sesterce|
northern-data|Northern Data|Northern Data Group
taiga-cloud|Taiga Cloud|
genesis-cloud|Genesis Cloud|
datacrunch|DataCrunch|Verda
galaxy-digital|Galaxy Digital|
bitdeer|Bitdeer|
riot-platforms|Riot Platforms|Riot
cleanspark|CleanSpark|
lancium|Lancium|
tract|Tract|
related-digital|Related Digital|
fermi-america|Fermi America|
vast-data|VAST Data|
weka|WEKA|
ddn|DDN|DataDirect Networks
pure-storage|Pure Storage|
netapp|NetApp|
western-digital|Western Digital|
seagate|Seagate|
databricks|Databricks|
snowflake|Snowflake|
salesforce|Salesforce|
servicenow|ServiceNow|
sap|SAP|
capgemini|Capgemini|
atos|Atos|Eviden
thales|Thales|
abb|ABB|
eaton|Eaton|
ge-vernova|GE Vernova|
siemens-energy|Siemens Energy|
constellation-energy|Constellation Energy|Constellation
vistra|Vistra|
nextera-energy|NextEra Energy|NextEra
dominion-energy|Dominion Energy|Dominion
duke-energy|Duke Energy|
talen-energy|Talen Energy|Talen
oklo|Oklo|
nuscale|NuScale|NuScale Power
kairos-power|Kairos Power|
x-energy|X-energy|
terrapower|TerraPower|
safe-superintelligence|Safe Superintelligence|SSI
thinking-machines-lab|Thinking Machines Lab|Thinking Machines
reflection-ai|Reflection AI|
poolside|Poolside|poolside
danantara|Danantara|Danantara Indonesia
indosat-ooredoo-hutchison|Indosat Ooredoo Hutchison|Indosat
telkom-indonesia|Telkom Indonesia|Telkomsel
fpt|FPT|FPT Corporation
viettel|Viettel|
pldt|PLDT|
siam-ai|Siam AI|
true-corporation|True Corporation|
bmw|BMW|
mercedes-benz|Mercedes-Benz|
volkswagen|Volkswagen|
toyota|Toyota|
hyundai|Hyundai|Hyundai Motor
maxis|Maxis|
axiata|Axiata|
tallgrass|Tallgrass|Tallgrass Energy
pimco|Pimco|PIMCO
apollo|Apollo Global Management|Apollo
ares|Ares Management|
carlyle|Carlyle|The Carlyle Group
goldman-sachs|Goldman Sachs|
jpmorgan|JPMorgan Chase|JPMorgan, J.P. Morgan
morgan-stanley|Morgan Stanley|
mufg|MUFG|Mitsubishi UFJ
mizuho|Mizuho|
sumitomo-mitsui|Sumitomo Mitsui Banking Corporation|SMBC
citi|Citigroup|Citi
bank-of-america|Bank of America|
`;
