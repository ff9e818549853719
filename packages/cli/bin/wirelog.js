#!/usr/bin/env node
// The packages ship TypeScript sources (see docs/decisions.md): tsx compiles them on load.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
