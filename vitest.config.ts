import { defineConfig } from 'vitest/config';

// Most tests start the whole app (Bolt, SQLite, the fake Slack) and some draw digest charts; on a
// busy 2-core machine 5 s is too short a budget for them. These are limits against hangs, not
// timing assertions: speed is measured by `npm run bench`.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
