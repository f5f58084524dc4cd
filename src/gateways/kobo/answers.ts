/**
 * A KoBoToolbox submission's answers by question path. KoBo's REST Services post the submission
 * flat, a question in a group named by its group path (`incident/village`, `g1/g2/nb_tues`), a
 * repeat group as an array of such objects; a payload template may nest groups as objects instead.
 * Both read the same here.
 */

export type Answer = string | number | boolean;

export interface Answers {
  /** Every answer in the order KoBo sent it; a repeat's answers under the repeat's path, once per entry. */
  readonly entries: ReadonlyArray<readonly [path: string, value: Answer]>;
  /** The answer of a question named as in the config: its full path, or its bare name when only one question has it. */
  find(name: string): { path: string; value: Answer } | { ambiguous: string[] } | null;
}

export function answersOf(submission: Record<string, unknown>): Answers {
  const entries: Array<[string, Answer]> = [];
  walk(submission, '', entries);
  const byPath = new Map<string, Answer>();
  for (const [path, value] of entries) if (!byPath.has(path)) byPath.set(path, value);
  return {
    entries,
    find(name) {
      if (byPath.has(name)) return { path: name, value: byPath.get(name)! };
      if (name.includes('/')) return null;
      // A bare name finds the question in whichever group holds it (the form may group it later).
      const paths = [...byPath.keys()].filter((path) => path.endsWith(`/${name}`));
      if (paths.length === 1) return { path: paths[0]!, value: byPath.get(paths[0]!)! };
      return paths.length > 1 ? { ambiguous: paths } : null;
    },
  };
}

function walk(value: Record<string, unknown>, prefix: string, into: Array<[string, Answer]>): void {
  for (const [key, child] of Object.entries(value)) {
    // Keys inside a repeat or flat payload are already full paths; nested objects add their group.
    const path = prefix && !key.startsWith(`${prefix}/`) ? `${prefix}/${key}` : key;
    if (typeof child === 'string' || typeof child === 'number' || typeof child === 'boolean') into.push([path, child]);
    else if (key.startsWith('_')) continue; // KoBo's own structures: _attachments, _geolocation, _validation_status…
    else if (Array.isArray(child)) {
      for (const item of child) if (isObject(item)) walk(item, path, into); // a repeat group
    } else if (isObject(child)) walk(child, path, into);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** KoBo's own fields and the form's metadata questions: not answers about what happened. */
const META = new Set(['start', 'end', 'today', 'deviceid', 'username', 'simserial', 'subscriberid', 'phonenumber', 'audit', 'starttime', 'endtime', '__version__']);

export function isMeta(path: string): boolean {
  return path.startsWith('_') || path.startsWith('meta/') || path.startsWith('formhub/') || META.has(path);
}

/** What a person reads for a question: its name without the groups. */
export function questionName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
