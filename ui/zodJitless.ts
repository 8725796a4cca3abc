import { z } from 'zod';

// zod 4 probes whether it may compile validators with eval; under the page's Content-Security-Policy
// that probe is itself a violation. Validate without eval. Imported first by ui/main.ts, because
// imports run before the body of the module that imports them.
z.config({ jitless: true });
