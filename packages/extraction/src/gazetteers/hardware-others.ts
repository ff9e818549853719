/** Hardware of every other vendor; same format as hardware-nvidia-amd.ts (hand-curated, CC0). Generic words (`HBM`, `GPU`) are no product. */
export const HARDWARE_OTHERS = `
intel-gaudi|Intel Gaudi|Intel|family|Gaudi|?
intel-gaudi-2|Intel Gaudi 2|Intel|accelerator|Gaudi 2, Gaudi2||intel-gaudi
intel-gaudi-3|Intel Gaudi 3|Intel|accelerator|Gaudi 3, Gaudi3||intel-gaudi
intel-max-gpu|Intel Data Center GPU Max (Ponte Vecchio)|Intel|accelerator|Ponte Vecchio, Data Center GPU Max|
intel-falcon-shores|Intel Falcon Shores|Intel|accelerator|Falcon Shores|
intel-jaguar-shores|Intel Jaguar Shores|Intel|accelerator|Jaguar Shores|
intel-crescent-island|Intel Crescent Island|Intel|accelerator|Crescent Island|?
intel-xeon|Intel Xeon|Intel|family|Xeon|
intel-xeon-6|Intel Xeon 6|Intel|cpu|Xeon 6, Granite Rapids, Sierra Forest||intel-xeon
intel-xeon-sapphire-rapids|Intel Xeon Sapphire Rapids (4th Gen)|Intel|cpu|Sapphire Rapids, 4th Gen Xeon||intel-xeon
intel-xeon-emerald-rapids|Intel Xeon Emerald Rapids (5th Gen)|Intel|cpu|Emerald Rapids, 5th Gen Xeon||intel-xeon
intel-xeon-clearwater-forest|Intel Xeon Clearwater Forest|Intel|cpu|Clearwater Forest||intel-xeon
intel-xeon-diamond-rapids|Intel Xeon Diamond Rapids|Intel|cpu|Diamond Rapids||intel-xeon
google-tpu|Google TPU|Google|family|TPU, Cloud TPU|
google-tpu-v4|Google TPU v4|Google|accelerator|TPU v4, TPUv4||google-tpu
google-tpu-v5e|Google TPU v5e|Google|accelerator|TPU v5e||google-tpu
google-tpu-v5p|Google TPU v5p|Google|accelerator|TPU v5p||google-tpu
google-tpu-trillium|Google TPU Trillium (v6e)|Google|accelerator|Trillium, TPU v6e, Trillium TPU|?|google-tpu
google-tpu-ironwood|Google TPU Ironwood (v7)|Google|accelerator|Ironwood, TPU v7, Ironwood TPU|?|google-tpu
google-axion|Google Axion|Google|cpu|Axion|?
aws-trainium|AWS Trainium|AWS|family|Trainium, Trn1|
aws-trainium2|AWS Trainium2|AWS|accelerator|Trainium2, Trainium 2, Trn2||aws-trainium
aws-trainium3|AWS Trainium3|AWS|accelerator|Trainium3, Trainium 3, Trn3||aws-trainium
aws-inferentia|AWS Inferentia|AWS|accelerator|Inferentia, Inferentia2, Inferentia 2, Inf2|
aws-graviton|AWS Graviton|AWS|cpu|Graviton, Graviton2, Graviton3, Graviton4|
microsoft-maia|Microsoft Azure Maia|Microsoft|accelerator|Maia, Maia 100, Maia 200, Azure Maia|?
microsoft-cobalt|Microsoft Azure Cobalt|Microsoft|cpu|Cobalt 100, Cobalt 200, Azure Cobalt, Cobalt|?
meta-mtia|Meta MTIA|Meta|accelerator|MTIA, MTIA v2|
cerebras-wse-3|Cerebras WSE-3|Cerebras|accelerator|WSE-3, Wafer-Scale Engine 3, Wafer Scale Engine|
cerebras-wse-2|Cerebras WSE-2|Cerebras|accelerator|WSE-2|
cerebras-cs-3|Cerebras CS-3|Cerebras|system|CS-3|?
groq-lpu|Groq LPU|Groq|accelerator|LPU, GroqChip, GroqRack|
sambanova-sn40l|SambaNova SN40L|SambaNova|accelerator|SN40L, SN40L RDU|
sambanova-rdu|SambaNova RDU|SambaNova|accelerator|RDU, SN30|?
tenstorrent-wormhole|Tenstorrent Wormhole|Tenstorrent|accelerator|Wormhole|?
tenstorrent-blackhole|Tenstorrent Blackhole|Tenstorrent|accelerator|Blackhole|?
tenstorrent-grayskull|Tenstorrent Grayskull|Tenstorrent|accelerator|Grayskull|?
graphcore-ipu|Graphcore IPU|Graphcore|accelerator|Bow IPU, Colossus MK2, GC200|
huawei-ascend|Huawei Ascend|Huawei|family|Ascend|?
huawei-ascend-910b|Huawei Ascend 910B|Huawei|accelerator|Ascend 910B, 910B||huawei-ascend
huawei-ascend-910c|Huawei Ascend 910C|Huawei|accelerator|Ascend 910C, 910C||huawei-ascend
huawei-ascend-950|Huawei Ascend 950|Huawei|accelerator|Ascend 950, Ascend 950PR||huawei-ascend
huawei-ascend-960|Huawei Ascend 960|Huawei|accelerator|Ascend 960||huawei-ascend
huawei-cloudmatrix-384|Huawei CloudMatrix 384|Huawei|system|CloudMatrix 384, CloudMatrix|
huawei-atlas-950-superpod|Huawei Atlas 950 SuperPoD|Huawei|system|Atlas 950 SuperPoD, Atlas 950|
huawei-kunpeng|Huawei Kunpeng|Huawei|cpu|Kunpeng|
cambricon-mlu|Cambricon MLU|Cambricon|accelerator|MLU370, MLU590, Siyuan 590|
biren-br100|Biren BR100|Biren|accelerator|BR100, BR104|
moore-threads-mtt-s4000|Moore Threads MTT S4000|Moore Threads|accelerator|MTT S4000|
baidu-kunlun|Baidu Kunlun|Baidu|accelerator|Kunlun, Kunlunxin, Kunlun P800|?
qualcomm-cloud-ai-100|Qualcomm Cloud AI 100|Qualcomm|accelerator|Cloud AI 100|
qualcomm-ai200|Qualcomm AI200|Qualcomm|accelerator|AI200|
qualcomm-ai250|Qualcomm AI250|Qualcomm|accelerator|AI250|
rebellions-rebel|Rebellions REBEL|Rebellions|accelerator|REBEL-Quad, ATOM-Max|
furiosa-rngd|FuriosaAI RNGD|FuriosaAI|accelerator|RNGD|
etched-sohu|Etched Sohu|Etched|accelerator|Sohu|?
d-matrix-corsair|d-Matrix Corsair|d-Matrix|accelerator|Corsair|?
tesla-dojo|Tesla Dojo|Tesla|system|Dojo, D1 chip|?
fujitsu-a64fx|Fujitsu A64FX|Fujitsu|cpu|A64FX|
fujitsu-monaka|Fujitsu Monaka|Fujitsu|cpu|Monaka|?
ampere-ampereone|Ampere AmpereOne|Ampere Computing|cpu|AmpereOne, Altra|
arm-neoverse|Arm Neoverse|Arm|cpu|Neoverse, Neoverse V2, Neoverse V3, Neoverse N2|
hbm2e|HBM2E|JEDEC|memory|HBM2E, HBM2e|
hbm3|HBM3|JEDEC|memory|HBM3|
hbm3e|HBM3E|JEDEC|memory|HBM3E, HBM3e|
hbm4|HBM4|JEDEC|memory|HBM4|
hbm4e|HBM4E|JEDEC|memory|HBM4E, HBM4e|
lpddr5x|LPDDR5X|JEDEC|memory|LPDDR5X|
gddr7|GDDR7|JEDEC|memory|GDDR7|
socamm|SOCAMM|JEDEC|memory|SOCAMM, SOCAMM2|
cxl|CXL|CXL Consortium|memory|CXL, Compute Express Link|
broadcom-tomahawk-5|Broadcom Tomahawk 5|Broadcom|network|Tomahawk 5|
broadcom-tomahawk-6|Broadcom Tomahawk 6|Broadcom|network|Tomahawk 6|
broadcom-tomahawk-ultra|Broadcom Tomahawk Ultra|Broadcom|network|Tomahawk Ultra|
broadcom-tomahawk|Broadcom Tomahawk|Broadcom|network|Tomahawk|?
broadcom-jericho|Broadcom Jericho|Broadcom|network|Jericho3-AI, Jericho 4, Jericho4|
broadcom-thor-ultra|Broadcom Thor Ultra NIC|Broadcom|network|Thor Ultra|
cisco-silicon-one|Cisco Silicon One|Cisco|network|Silicon One, Silicon One G200|
ualink|UALink|UALink Consortium|network|UALink, Ultra Accelerator Link|
ultra-ethernet|Ultra Ethernet|Ultra Ethernet Consortium|network|Ultra Ethernet|
dell-poweredge-xe9680|Dell PowerEdge XE9680|Dell|system|PowerEdge XE9680, XE9680|
dell-poweredge-xe9712|Dell PowerEdge XE9712|Dell|system|PowerEdge XE9712, XE9712|
`;
