#!/usr/bin/env node
// The service's command line (src/cli.ts), run from its TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
