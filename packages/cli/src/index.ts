export type { Command } from './command';
