import { writeFileSync } from 'node:fs';
import { z } from '../engine/zod.ts';
import { scenarioFileSchema } from '../scenarios/schema.ts';

// Export the scenario format as JSON Schema so an author's editor can complete and check a file:
// add "$schema": "./scenario.schema.json" at the top of a scenario file.
const schema = z.toJSONSchema(scenarioFileSchema.extend({ $schema: z.string().optional() }), { unrepresentable: 'any' });
const out = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(out, JSON.stringify({ title: 'Kuroshio scenario', ...schema }, null, 2) + '\n');
console.log(`wrote ${out.pathname}`);
