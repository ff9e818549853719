/** Public institutions, sovereign funds and national AI programmes (hand-curated, CC0). Same format as orgs-companies.ts. */
export const ORG_INSTITUTIONS = `
indiaai-mission|IndiaAI Mission|IndiaAI, India AI Mission
meity|Ministry of Electronics and Information Technology|MeitY
european-commission|European Commission|EU Commission, Brussels Commission
eurohpc|EuroHPC Joint Undertaking|EuroHPC
european-investment-bank|European Investment Bank|EIB
uk-dsit|Department for Science, Innovation and Technology|DSIT
uk-ai-security-institute|AI Security Institute|AI Safety Institute
us-department-of-commerce|US Department of Commerce|Commerce Department, Department of Commerce
us-department-of-energy|US Department of Energy|Department of Energy, DOE, Energy Department
nsf|National Science Foundation|NSF
white-house|White House|
korea-msit|Ministry of Science and ICT|MSIT
japan-meti|Ministry of Economy, Trade and Industry|METI
singapore-imda|Infocomm Media Development Authority|IMDA
singapore-nrf|National Research Foundation|
sdaia|Saudi Data and AI Authority|SDAIA
pif|Public Investment Fund|PIF
mubadala|Mubadala|Mubadala Investment Company
adia|Abu Dhabi Investment Authority|ADIA
adq|ADQ|
qia|Qatar Investment Authority|QIA
gic|GIC|
temasek|Temasek|Temasek Holdings
kia-kuwait|Kuwait Investment Authority|KIA
nbim|Norges Bank Investment Management|NBIM, Norway's sovereign wealth fund
tii|Technology Innovation Institute|TII
mbzuai|Mohamed bin Zayed University of Artificial Intelligence|MBZUAI
bsc|Barcelona Supercomputing Center|BSC
julich|Jülich Supercomputing Centre|Forschungszentrum Jülich, Juelich Supercomputing Centre
genci|GENCI|
cineca|CINECA|Cineca
csc-finland|CSC – IT Center for Science|CSC
riken|RIKEN|Riken
aist|National Institute of Advanced Industrial Science and Technology|AIST
c-dac|Centre for Development of Advanced Computing|C-DAC
world-bank|World Bank|
arab-league|Arab League|League of Arab States
icd|Investment Corporation of Dubai|ICD
ai-infrastructure-partnership|AI Infrastructure Partnership|AIP
imf|International Monetary Fund|IMF
bank-of-england|Bank of England|
european-central-bank|European Central Bank|ECB
federal-reserve|Federal Reserve|the Fed
reserve-bank-of-india|Reserve Bank of India|RBI
`;
