/**
 * AI-infrastructure hardware, 2020 on (hand-curated from vendors' public product names, CC0).
 * Format per line: `key | name | vendor | category | aliases (without the vendor's name) | ? | family`
 * A `?` marks names that are ordinary words or people's names: matched only next to hardware words.
 * A family (category `family`: an architecture or product line such as Hopper, Grace Blackwell, Instinct) is an
 * entity of its own; a product names its family's key in the last field.
 */
export const HARDWARE_NVIDIA_AMD = `
nvidia-a100|NVIDIA A100|NVIDIA|accelerator|A100||nvidia-ampere
nvidia-a800|NVIDIA A800|NVIDIA|accelerator|A800||nvidia-ampere
nvidia-a30|NVIDIA A30|NVIDIA|accelerator|A30|?|nvidia-ampere
nvidia-a10|NVIDIA A10|NVIDIA|accelerator|A10|?|nvidia-ampere
nvidia-h100|NVIDIA H100|NVIDIA|accelerator|H100, H100 NVL, H100 SXM||nvidia-hopper
nvidia-h800|NVIDIA H800|NVIDIA|accelerator|H800||nvidia-hopper
nvidia-h200|NVIDIA H200|NVIDIA|accelerator|H200, H200 NVL||nvidia-hopper
nvidia-h20|NVIDIA H20|NVIDIA|accelerator|H20||nvidia-hopper
nvidia-l40s|NVIDIA L40S|NVIDIA|accelerator|L40S, L40|
nvidia-l4|NVIDIA L4|NVIDIA|accelerator|L4|?
nvidia-gh200|NVIDIA GH200 Grace Hopper Superchip|NVIDIA|accelerator|GH200, Grace Hopper Superchip||nvidia-hopper
nvidia-grace-hopper|NVIDIA Grace Hopper|NVIDIA|family|Grace Hopper|?
nvidia-b100|NVIDIA B100|NVIDIA|accelerator|B100||nvidia-blackwell
nvidia-b200|NVIDIA B200|NVIDIA|accelerator|B200, HGX B200||nvidia-blackwell
nvidia-b300|NVIDIA B300|NVIDIA|accelerator|B300, HGX B300||nvidia-blackwell-ultra
nvidia-b30a|NVIDIA B30A|NVIDIA|accelerator|B30A||nvidia-blackwell
nvidia-gb200|NVIDIA GB200 Grace Blackwell Superchip|NVIDIA|accelerator|GB200, Grace Blackwell Superchip||nvidia-blackwell
nvidia-grace-blackwell|NVIDIA Grace Blackwell|NVIDIA|family|Grace Blackwell|
nvidia-blackwell-ultra|NVIDIA Blackwell Ultra|NVIDIA|family|Blackwell Ultra|
nvidia-gb300|NVIDIA GB300 Grace Blackwell Ultra Superchip|NVIDIA|accelerator|GB300, Grace Blackwell Ultra||nvidia-blackwell-ultra
nvidia-gb200-nvl72|NVIDIA GB200 NVL72|NVIDIA|system|GB200 NVL72||nvidia-blackwell
nvidia-gb300-nvl72|NVIDIA GB300 NVL72|NVIDIA|system|GB300 NVL72||nvidia-blackwell-ultra
nvidia-blackwell|NVIDIA Blackwell|NVIDIA|family|Blackwell, Blackwell GPU|
nvidia-hopper|NVIDIA Hopper|NVIDIA|family|Hopper|?
nvidia-ampere|NVIDIA Ampere|NVIDIA|family|Ampere|?
nvidia-rubin|NVIDIA Rubin|NVIDIA|family|Rubin, Rubin GPU|?
nvidia-rubin-ultra|NVIDIA Rubin Ultra|NVIDIA|accelerator|Rubin Ultra||nvidia-rubin
nvidia-rubin-cpx|NVIDIA Rubin CPX|NVIDIA|accelerator|Rubin CPX||nvidia-rubin
nvidia-vera-rubin|NVIDIA Vera Rubin|NVIDIA|accelerator|Vera Rubin Superchip||nvidia-rubin
nvidia-vera-rubin|NVIDIA Vera Rubin|NVIDIA|accelerator|Vera Rubin|?|nvidia-rubin
nvidia-vera-rubin-nvl144|NVIDIA Vera Rubin NVL144|NVIDIA|system|Vera Rubin NVL144, NVL144||nvidia-rubin
nvidia-feynman|NVIDIA Feynman|NVIDIA|family|Feynman|?
nvidia-grace|NVIDIA Grace CPU|NVIDIA|cpu|Grace CPU, Grace|?
nvidia-vera|NVIDIA Vera CPU|NVIDIA|cpu|Vera CPU, Vera|?
nvidia-rtx-pro-6000|NVIDIA RTX PRO 6000 Blackwell|NVIDIA|accelerator|RTX PRO 6000, RTX Pro 6000||nvidia-blackwell
nvidia-dgx-h100|NVIDIA DGX H100|NVIDIA|system|DGX H100||nvidia-hopper
nvidia-dgx-b200|NVIDIA DGX B200|NVIDIA|system|DGX B200||nvidia-blackwell
nvidia-dgx-gb200|NVIDIA DGX GB200|NVIDIA|system|DGX GB200||nvidia-blackwell
nvidia-dgx-superpod|NVIDIA DGX SuperPOD|NVIDIA|system|DGX SuperPOD|
nvidia-dgx-cloud|NVIDIA DGX Cloud|NVIDIA|system|DGX Cloud|
nvidia-dgx-spark|NVIDIA DGX Spark|NVIDIA|system|DGX Spark|
nvidia-dgx-station|NVIDIA DGX Station|NVIDIA|system|DGX Station|
nvidia-dgx|NVIDIA DGX|NVIDIA|system|DGX|
nvidia-hgx|NVIDIA HGX|NVIDIA|system|HGX|
nvidia-nvlink|NVIDIA NVLink|NVIDIA|network|NVLink, NVLink Switch, NVSwitch|
nvidia-nvlink-fusion|NVIDIA NVLink Fusion|NVIDIA|network|NVLink Fusion|
nvidia-infiniband|NVIDIA Quantum InfiniBand|NVIDIA|network|InfiniBand, Quantum InfiniBand, Quantum-2|
nvidia-quantum-x800|NVIDIA Quantum-X800|NVIDIA|network|Quantum-X800|
nvidia-spectrum-x|NVIDIA Spectrum-X|NVIDIA|network|Spectrum-X, Spectrum-X Ethernet|
nvidia-spectrum-xgs|NVIDIA Spectrum-XGS|NVIDIA|network|Spectrum-XGS|
nvidia-connectx-7|NVIDIA ConnectX-7|NVIDIA|network|ConnectX-7|
nvidia-connectx-8|NVIDIA ConnectX-8 SuperNIC|NVIDIA|network|ConnectX-8, ConnectX-8 SuperNIC|
nvidia-bluefield-3|NVIDIA BlueField-3|NVIDIA|network|BlueField-3, BlueField|
nvidia-bluefield-4|NVIDIA BlueField-4|NVIDIA|network|BlueField-4|
amd-instinct|AMD Instinct|AMD|family|Instinct|?
amd-instinct-mi100|AMD Instinct MI100|AMD|accelerator|Instinct MI100, MI100||amd-instinct
amd-instinct-mi250x|AMD Instinct MI250X|AMD|accelerator|Instinct MI250X, MI250X, MI250, Instinct MI250||amd-instinct
amd-instinct-mi300a|AMD Instinct MI300A|AMD|accelerator|Instinct MI300A, MI300A||amd-instinct
amd-instinct-mi300x|AMD Instinct MI300X|AMD|accelerator|Instinct MI300X, MI300X, MI300, Instinct MI300||amd-instinct
amd-instinct-mi308|AMD Instinct MI308|AMD|accelerator|Instinct MI308, MI308||amd-instinct
amd-instinct-mi325x|AMD Instinct MI325X|AMD|accelerator|Instinct MI325X, MI325X||amd-instinct
amd-instinct-mi350x|AMD Instinct MI350X|AMD|accelerator|Instinct MI350X, MI350X, MI350, Instinct MI350||amd-instinct
amd-instinct-mi355x|AMD Instinct MI355X|AMD|accelerator|Instinct MI355X, MI355X||amd-instinct
amd-instinct-mi400|AMD Instinct MI400|AMD|accelerator|Instinct MI400, MI400||amd-instinct
amd-instinct-mi450|AMD Instinct MI450|AMD|accelerator|Instinct MI450, MI450, MI450X||amd-instinct
amd-instinct-mi455x|AMD Instinct MI455X|AMD|accelerator|Instinct MI455X, MI455X||amd-instinct
amd-instinct-mi500|AMD Instinct MI500|AMD|accelerator|Instinct MI500, MI500||amd-instinct
amd-helios|AMD Helios rack|AMD|system|Helios|?
amd-epyc|AMD EPYC|AMD|family|EPYC|
amd-epyc-milan|AMD EPYC Milan (3rd Gen)|AMD|cpu|EPYC Milan, 3rd Gen EPYC, third-generation EPYC, EPYC 7003||amd-epyc
amd-epyc-genoa|AMD EPYC Genoa (4th Gen)|AMD|cpu|EPYC Genoa, 4th Gen EPYC, fourth-generation EPYC, EPYC 9004, EPYC Bergamo||amd-epyc
amd-epyc-turin|AMD EPYC Turin (5th Gen)|AMD|cpu|EPYC Turin, 5th Gen EPYC, fifth-generation EPYC, EPYC 9005||amd-epyc
amd-epyc-venice|AMD EPYC Venice (6th Gen)|AMD|cpu|EPYC Venice, 6th Gen EPYC, sixth-generation EPYC||amd-epyc
amd-pensando-pollara|AMD Pensando Pollara 400 NIC|AMD|network|Pollara 400, Pensando Pollara, Pollara|
amd-pensando-salina|AMD Pensando Salina DPU|AMD|network|Pensando Salina, Salina DPU|
amd-pensando-vulcano|AMD Pensando Vulcano NIC|AMD|network|Pensando Vulcano, Vulcano|?
`;
