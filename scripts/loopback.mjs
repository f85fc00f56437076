// What the root's scripts, benchmarks and tests share to run things on this machine (TOOLING.md):
// Debian's Chromium flags, and a free port on 127.0.0.1.
import { createServer } from 'node:net';

/** The flags Debian's Chromium needs here and in CI (no sandbox as root, no GPU, no network noise). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A port nothing listens on at the moment, on 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
