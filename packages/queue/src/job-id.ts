import { jobCatalog, type JobData, type JobName } from './job.catalog';
import { InvalidJobIdError } from './queue.errors';

/** BullMQ's own rules (no `:`, not an integer), applied by both adapters so they accept the same ids. */
export function assertJobId(id: string): string {
  if (id.length === 0 || id.length > 256) throw new InvalidJobIdError(id, 'must be 1 to 256 characters');
  if (id.includes(':')) throw new InvalidJobIdError(id, 'must not contain ":"');
  if (/\s/.test(id)) throw new InvalidJobIdError(id, 'must not contain whitespace');
  if (`${Number.parseInt(id, 10)}` === id) throw new InvalidJobIdError(id, 'must not be an integer');
  return id;
}

export function jobIdFor<N extends JobName>(name: N, data: JobData<N>, explicit?: string): string {
  const id = explicit ?? (jobCatalog[name].id as (d: JobData<N>) => string)(data);
  return assertJobId(id);
}
