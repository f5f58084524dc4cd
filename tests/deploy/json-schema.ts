import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A JSON Schema (draft-07) validator for the keywords Slack's manifest schema uses, and no more:
 * a keyword it does not know makes it throw rather than pass silently. Remote `$ref`s are looked up
 * among the schema files beside the root one, by file name.
 */
type Schema = boolean | Record<string, unknown>;

const ANNOTATIONS = new Set(['$comment', '$id', '$schema', '_note', 'default', 'definitions', 'description', 'title', 'regex', 'examples']);
const KNOWN = new Set(['$ref', 'type', 'enum', 'const', 'properties', 'required', 'additionalProperties', 'patternProperties', 'items', 'minItems', 'maxItems', 'uniqueItems', 'minLength', 'maxLength', 'pattern', 'minProperties', 'maxProperties', 'anyOf', 'oneOf', 'allOf', 'not', 'format']);

export function loadSchemaValidator(rootPath: string): (value: unknown) => string[] {
  const dir = join(rootPath, '..');
  const documents = new Map<string, Schema>();
  const load = (file: string) => {
    if (!documents.has(file)) documents.set(file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Schema);
    return documents.get(file)!;
  };
  const rootFile = rootPath.split('/').at(-1)!;
  load(rootFile);

  const resolve = (ref: string, file: string): { schema: Schema; file: string } => {
    const [address, pointer = ''] = ref.split('#');
    const target = address ? address.split('/').at(-1)! : file;
    let node: unknown = load(target);
    for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
    return { schema: node as Schema, file: target };
  };

  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);
  const hasType = (v: unknown, t: string) => typeOf(v) === t || (t === 'number' && typeOf(v) === 'integer');
  const length = (s: string) => [...s].length;

  function check(value: unknown, schema: Schema, file: string, path: string): string[] {
    if (schema === true) return [];
    if (schema === false) return [`${path}: not allowed`];
    const errors: string[] = [];
    for (const key of Object.keys(schema)) if (!KNOWN.has(key) && !ANNOTATIONS.has(key)) throw new Error(`validator does not know the keyword ${key} (at ${path})`);
    const s = schema as Record<string, any>;
    if (s.$ref) {
      const target = resolve(s.$ref, file);
      errors.push(...check(value, target.schema, target.file, path));
    }
    if (s.type !== undefined) {
      const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => hasType(value, t))) return [...errors, `${path}: should be ${types.join(' or ')}`];
    }
    if (s.enum && !s.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${path}: should be one of ${JSON.stringify(s.enum)}`);
    if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) errors.push(`${path}: should be ${JSON.stringify(s.const)}`);
    if (typeof value === 'string') {
      if (s.minLength !== undefined && length(value) < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
      if (s.maxLength !== undefined && length(value) > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
      if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${path}: does not match ${s.pattern}`);
      if (s.format === 'uri' && !URL.canParse(value)) errors.push(`${path}: not a URI`);
    }
    if (Array.isArray(value)) {
      if (s.minItems !== undefined && value.length < s.minItems) errors.push(`${path}: fewer than ${s.minItems} items`);
      if (s.maxItems !== undefined && value.length > s.maxItems) errors.push(`${path}: more than ${s.maxItems} items`);
      if (s.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errors.push(`${path}: items not unique`);
      if (s.items !== undefined) for (const [i, item] of value.entries()) errors.push(...check(item, s.items, file, `${path}[${i}]`));
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      if (s.minProperties !== undefined && keys.length < s.minProperties) errors.push(`${path}: fewer than ${s.minProperties} properties`);
      if (s.maxProperties !== undefined && keys.length > s.maxProperties) errors.push(`${path}: more than ${s.maxProperties} properties`);
      for (const name of s.required ?? []) if (!(name in object)) errors.push(`${path}: ${name} is required`);
      for (const key of keys) {
        let matched = false;
        if (s.properties && key in s.properties) {
          matched = true;
          errors.push(...check(object[key], s.properties[key], file, `${path}.${key}`));
        }
        for (const [pattern, sub] of Object.entries(s.patternProperties ?? {})) {
          if (new RegExp(pattern, 'u').test(key)) {
            matched = true;
            errors.push(...check(object[key], sub as Schema, file, `${path}.${key}`));
          }
        }
        if (!matched && s.additionalProperties !== undefined) errors.push(...check(object[key], s.additionalProperties, file, `${path}.${key}`).map((e) => (s.additionalProperties === false ? `${path}: unexpected property ${key}` : e)));
      }
    }
    if (s.allOf) for (const sub of s.allOf) errors.push(...check(value, sub, file, path));
    if (s.anyOf && !s.anyOf.some((sub: Schema) => check(value, sub, file, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
    if (s.oneOf) {
      const outcomes: string[][] = s.oneOf.map((sub: Schema) => check(value, sub, file, path));
      const passing = outcomes.filter((e) => e.length === 0).length;
      // Matching none: say why each alternative failed, or the one that applies is lost in the noise.
      if (passing !== 1) errors.push(`${path}: matches ${passing} of oneOf, not exactly one`, ...new Set(outcomes.flat()));
    }
    if (s.not && check(value, s.not, file, path).length === 0) errors.push(`${path}: matches a schema it must not`);
    return errors;
  }

  return (value) => check(value, load(rootFile), rootFile, '$');
}
