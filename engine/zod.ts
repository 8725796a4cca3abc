import { z } from 'zod';

// zod validates without generating code: the same everywhere, and allowed under a
// Content-Security-Policy without 'unsafe-eval' (zod's own eval probe is a CSP violation).
// Every module that builds schemas imports z from here, so the setting precedes any schema
// whatever order a bundler evaluates modules in.
z.config({ jitless: true });

export { z };
