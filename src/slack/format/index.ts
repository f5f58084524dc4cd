/** How Veille writes moments and spans of time, in every message: time.ts and duration.ts. */
export { formatDay, formatTime, zoneName } from './time.js';
export { formatDuration } from './duration.js';
