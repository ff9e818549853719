/**
 * Companies of the AI-infrastructure domain (hand-curated, CC0).
 * Format per line: `key | name | aliases, ... | ?` (the name is always an alias). A trailing `?` marks names that are
 * also ordinary words: not matched as the first word of a sentence ("Etched into...", "Orange skies...").
 */
export const ORG_COMPANIES = `
amazon-web-services|Amazon Web Services|AWS, Amazon Web Services, Amazon's cloud
amazon|Amazon|Amazon.com
microsoft|Microsoft|Microsoft Corp, Microsoft Azure, Azure
google|Google|Google Cloud, GCP, Google Cloud Platform
alphabet|Alphabet|Alphabet Inc
google-deepmind|Google DeepMind|DeepMind
meta|Meta|Meta Platforms, Facebook
oracle|Oracle|Oracle Cloud Infrastructure, OCI, Oracle Cloud
apple|Apple|
ibm|IBM|
alibaba|Alibaba|Alibaba Group, Alibaba Cloud, Aliyun
tencent|Tencent|Tencent Cloud
baidu|Baidu|Baidu AI Cloud
bytedance|ByteDance|
huawei|Huawei|Huawei Cloud, Huawei Technologies
nvidia|NVIDIA|Nvidia, Nvidia Corp
amd|AMD|Advanced Micro Devices
intel|Intel|Intel Corp
tsmc|TSMC|Taiwan Semiconductor Manufacturing Company, Taiwan Semiconductor
samsung|Samsung Electronics|Samsung
samsung-sds|Samsung SDS|
sk-hynix|SK hynix|SK Hynix, Hynix
sk-telecom|SK Telecom|SKT
sk-group|SK Group|
micron|Micron|Micron Technology
broadcom|Broadcom|
marvell|Marvell|Marvell Technology
qualcomm|Qualcomm|
arm|Arm|Arm Holdings, ARM|?
cerebras|Cerebras|Cerebras Systems
groq|Groq|
sambanova|SambaNova|SambaNova Systems
tenstorrent|Tenstorrent|
graphcore|Graphcore|
cambricon|Cambricon|Cambricon Technologies
biren|Biren|Biren Technology
moore-threads|Moore Threads|
hygon|Hygon|
rebellions|Rebellions||?
furiosaai|FuriosaAI|Furiosa
etched|Etched||?
d-matrix|d-Matrix|
lightmatter|Lightmatter||?
ayar-labs|Ayar Labs|
celestial-ai|Celestial AI|
astera-labs|Astera Labs|
ampere-computing|Ampere Computing|
fujitsu|Fujitsu|
rapidus|Rapidus|
globalfoundries|GlobalFoundries|
smic|SMIC|Semiconductor Manufacturing International Corporation
asml|ASML|
applied-materials|Applied Materials|
super-micro-computer|Super Micro Computer|Supermicro, Super Micro, SMCI
dell|Dell Technologies|Dell
hpe|Hewlett Packard Enterprise|HPE
lenovo|Lenovo|
foxconn|Foxconn|Hon Hai
quanta|Quanta Computer|Quanta
wistron|Wistron|
inventec|Inventec|
arista|Arista Networks|Arista
cisco|Cisco|Cisco Systems
juniper|Juniper Networks|
schneider-electric|Schneider Electric|
vertiv|Vertiv|
siemens|Siemens|
openai|OpenAI|
anthropic|Anthropic|
xai|xAI|
mistral-ai|Mistral AI|Mistral
cohere|Cohere|
aleph-alpha|Aleph Alpha|
sakana-ai|Sakana AI|
scale-ai|Scale AI|
perplexity|Perplexity|
deepseek|DeepSeek|
moonshot-ai|Moonshot AI|
zhipu-ai|Zhipu AI|Zhipu
hugging-face|Hugging Face|
sarvam-ai|Sarvam AI|Sarvam
krutrim|Krutrim|Ola Krutrim
naver|Naver|Naver Cloud
kakao|Kakao|
lg|LG|LG Electronics, LG AI Research
upstage|Upstage|
kt|KT|KT Corp
g42|G42|
core42|Core42|
khazna|Khazna|Khazna Data Centers
mgx|MGX|
humain|Humain|HUMAIN
datavolt|DataVolt|
stargate|Stargate|Stargate UAE, Project Stargate
coreweave|CoreWeave|
lambda|Lambda|Lambda Labs
crusoe|Crusoe|Crusoe Energy
nebius|Nebius|Nebius Group
together-ai|Together AI|
vultr|Vultr|
fluidstack|Fluidstack|FluidStack
nscale|Nscale|
yotta|Yotta|Yotta Data Services
neysa|Neysa|Neysa Networks
firmus|Firmus|
iren|IREN|Iris Energy
applied-digital|Applied Digital|
terawulf|TeraWulf|
cipher-mining|Cipher Mining|
core-scientific|Core Scientific|
hut-8|Hut 8|
mara|MARA|MARA Holdings, Marathon Digital
exaion|Exaion|
koyeb|Koyeb|
scaleway|Scaleway|
ovhcloud|OVHcloud|OVH
genesys|Genesys|
equinix|Equinix|
digital-realty|Digital Realty|
ntt-data|NTT Data|NTT DATA, NTT Global Data Centers
ntt|NTT|Nippon Telegraph and Telephone
stack-infrastructure|STACK Infrastructure|
vantage-data-centers|Vantage Data Centers|Vantage
aligned-data-centers|Aligned Data Centers|
qts|QTS|QTS Data Centers
cyrusone|CyrusOne|
edgeconnex|EdgeConneX|
airtrunk|AirTrunk|
nextdc|NEXTDC|NextDC
cdc-data-centres|CDC Data Centres|
princeton-digital-group|Princeton Digital Group|PDG
sttelemedia-gdc|ST Telemedia Global Data Centres|STT GDC
yondr|Yondr|
colt-dcs|Colt DCS|Colt Data Centre Services
data4|Data4|
sify|Sify|Sify Technologies
reliance|Reliance Industries|Reliance Jio, Jio, Jio Platforms
tata|Tata Group|Tata, Tata Consultancy Services, TCS, Tata Communications
adani|Adani|Adani Group, AdaniConneX
bharti-airtel|Bharti Airtel|Airtel
infosys|Infosys|
softbank|SoftBank|SoftBank Group
kddi|KDDI|
sakura-internet|Sakura Internet|
preferred-networks|Preferred Networks|
rakuten|Rakuten|
telstra|Telstra|
singtel|Singtel|
deutsche-telekom|Deutsche Telekom|
orange|Orange||?
telefonica|Telefónica|Telefonica
vodafone|Vodafone|
e-and|e&|
stc|stc|STC, Saudi Telecom Company
ooredoo|Ooredoo|
saudi-aramco|Saudi Aramco|Aramco
emirates|Emirates|Emirates airline
georgia-power|Georgia Power|
georgia-tech|Georgia Tech|Georgia Institute of Technology
washington-post|Washington Post|The Washington Post
blackrock|BlackRock|
gip|Global Infrastructure Partners|GIP
kkr|KKR|
blackstone|Blackstone|
brookfield|Brookfield|Brookfield Asset Management
silver-lake|Silver Lake|
digitalbridge|DigitalBridge|
macquarie|Macquarie|
tesla|Tesla|
financial-times|Financial Times|FT
aker|Aker|Aker ASA
edf|EDF|Électricité de France
entergy|Entergy|
blue-owl|Blue Owl Capital|Blue Owl
bpifrance|Bpifrance|BPI France
`;
