import { articlesProjection } from './articles.projection';
import { countriesProjection } from './countries.projection';
import { entitiesProjection } from './entities.projection';
import { feedsProjection } from './feeds.projection';
import type { Projection } from './projection';

/** Every read model of SPEC §7, in the order rebuilds run (a projection after the one it follows). */
export const projections: readonly Projection[] = [feedsProjection, articlesProjection, entitiesProjection, countriesProjection];

export { articlesProjection, countriesProjection, entitiesProjection, feedsProjection };
export type { Projection } from './projection';
export { startProjections, type ProjectionRunner, type RunnerOptions } from './projection-runner';
export { retryParked, type RetryResult } from './parked-events';
export { rebuildProjection } from './rebuild';
export { projectionStatus, type ProjectionStatus } from './status';
export { observeProjections, warnWhileHorizonHeld } from './observe-projections';
