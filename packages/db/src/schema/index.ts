export { events } from './events.table';
export { projectionCheckpoints } from './projection-checkpoints.table';
export { feeds } from './feeds.table';
export { articles } from './articles.table';
export { articleMentions } from './article-mentions.table';
export { articleEntities } from './article-entities.table';
export { entities } from './entities.table';
export { moneyMentions } from './money-mentions.table';
