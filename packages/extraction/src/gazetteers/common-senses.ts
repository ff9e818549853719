/**
 * Names that are also ordinary words, and the words after them that give the ordinary sense: "Amazon rainforest",
 * "Apple pie", "Turkey dinner", "Treasury yields". Hand-written for wirelog (CC0).
 */
export const COMMON_SENSES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    amazon: 'rainforest rainforests river basin jungle forest forests region delta tribe tribes deforestation biome fires',
    apple: 'pie pies juice tree trees orchard orchards cider sauce crumble harvest growers blossom',
    turkey: 'dinner dinners sandwich sandwiches breast breasts meat farm farms farmers bird birds roast feast burger burgers leg legs bacon slices gravy stuffing',
    treasury: 'secretary secretaries yields yield bonds bills notes securities market markets futures auction auctions curve',
    orange: 'juice peel trees groves',
    jaguar: 'cubs cub population',
    shell: 'company companies',
    jersey: 'cow cows cattle shirt shirts',
    panama: 'hat hats',
    guinea: 'pig pigs fowl',
    brussels: 'sprouts',
  }).map(([name, words]) => [name, new Set(words.split(' '))]),
);

/** After a hyphen these still name the organisation ("Meta-owned", "Nvidia-made"); other lower-case words do not ("Meta-analysis"). */
export const HYPHEN_KEEPS: ReadonlySet<string> = new Set([
  'made', 'run', 'like', 'style', 'class', 'scale', 'specific', 'friendly', 'bound', 'wide', 'branded', 'sized', 'grade', 'only',
]);
