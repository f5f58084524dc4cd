import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { gazetteerSchema, missionSchema } from './mission.js';

/** JSON Schemas for editors and other programs, generated from the zod schemas so they cannot drift. */
export function missionJsonSchema(): Record<string, unknown> {
  return { title: 'Veille mission config', ...z.toJSONSchema(missionSchema, { io: 'input', unrepresentable: 'any' }) };
}

export function gazetteerJsonSchema(): Record<string, unknown> {
  return { title: 'Veille gazetteer', ...z.toJSONSchema(gazetteerSchema, { io: 'input', unrepresentable: 'any' }) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, schema] of [
    ['mission.schema.json', missionJsonSchema()],
    ['gazetteer.schema.json', gazetteerJsonSchema()],
  ] as const) {
    const path = new URL(`../../data/${file}`, import.meta.url);
    writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`Wrote ${fileURLToPath(path)}`);
  }
}
