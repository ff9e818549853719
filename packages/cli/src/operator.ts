import type { OperatorActions } from '@wirelog/api';
import { DataDirInUseError } from '@wirelog/db';
import { operatorActions, readOperatorEndpoint, type OperatorEndpoint } from '@wirelog/pipeline';
import { CommandError } from './command';
import { configFrom, withRuntime } from './context';

/**
 * Runs an operator command on the database, or, when an embedded instance
 * holds the data folder, asks that instance over its HTTP port with the admin
 * token it published in the folder (SPEC §4: operator commands work beside
 * `wirelog start`). Either way the same actions, so the same output.
 */
export async function withOperator<T>(fn: (actions: OperatorActions) => Promise<T>): Promise<T> {
  try {
    return await withRuntime({}, ({ deps }) => fn(operatorActions(deps)));
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    const endpoint = readOperatorEndpoint(configFrom().config.dataDir);
    if (!endpoint) throw error;
    return fn(remoteOperator(endpoint));
  }
}

/** OperatorActions over HTTP (`/admin/ops/…` and `/api/quality` of the running instance). */
function remoteOperator(endpoint: OperatorEndpoint): OperatorActions {
  // `path` below the instance's root: the operator routes, and /api/quality, which they would only repeat
  const call = async <T>(method: 'GET' | 'POST', path: string, query: Record<string, string | undefined> = {}): Promise<T> => {
    const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
    let response: Response;
    try {
      response = await fetch(`${endpoint.url}${path}?${params}`, { method, headers: { Authorization: `Bearer ${endpoint.token}` } });
    } catch (error) {
      throw new CommandError(`the instance running on this data folder (pid ${endpoint.pid}) does not answer at ${endpoint.url}: ${(error as Error).message}`, { cause: error });
    }
    const body = (await response.json()) as T & { error?: { message: string } };
    if (!response.ok) throw new CommandError(body.error?.message ?? `${response.status} from the running instance`);
    return body;
  };
  return {
    projectionsStatus: () => call('GET', '/admin/ops/projections'),
    rebuild: (name) => call('POST', '/admin/ops/projections/rebuild', { name }),
    retry: (name) => call('POST', '/admin/ops/projections/retry', { name }),
    reextract: (target) => call('POST', '/admin/ops/reextract', 'articleId' in target ? { article: target.articleId } : { all: 'true' }),
    events: ({ after, stream, limit }) => call('GET', '/admin/ops/events', { after, stream, limit: String(limit) }),
    quality: () => call('GET', '/api/quality'),
    correctionsExport: ({ after, limit }) => call('GET', '/admin/ops/corrections', { after, limit: String(limit) }),
  };
}
