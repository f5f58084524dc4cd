import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The second half of `npm run build`: tsc compiles the TypeScript to dist/, and this copies what
 * the running code reads beside itself and tsc does not emit (the SQL migrations, the API's OpenAPI
 * document, the playground's page), keeping each file's path.
 */
const SOURCES = ['src', 'commands'];
const OUT = 'dist';

function isAsset(name: string): boolean {
  // TypeScript is compiled, not copied; the tsx entry of the reader's worker is not needed compiled.
  return !name.endsWith('.ts') && !name.endsWith('.mjs');
}

function copyAssets(dir: string): number {
  let copied = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copied += copyAssets(path);
    else if (entry.isFile() && isAsset(entry.name)) {
      mkdirSync(dirname(join(OUT, path)), { recursive: true });
      copyFileSync(path, join(OUT, path));
      copied++;
    }
  }
  return copied;
}

const copied = SOURCES.reduce((n, dir) => n + copyAssets(dir), 0);
console.log(`build: compiled to ${OUT}/, ${copied} files copied beside it (migrations, API document, playground page)`);
