import { ROLES } from '@wirelog/pipeline';
import { expect, it } from 'vitest';
import { commands } from './commands';

it("names the pipeline's roles in the worker usage (the help table must not load the pipeline to ask)", () => {
  const worker = commands.find((c) => c.name === 'worker');
  expect(worker?.forms.map((f) => f.usage)).toEqual([`wirelog worker <${ROLES.join('|')}> [--host H]`]);
});

it('loads a runnable command for every entry of the help table', async () => {
  for (const command of commands) expect(typeof (await command.load()), command.name).toBe('function');
});
