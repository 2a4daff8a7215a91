import { defineConfig } from 'tsup';

// An app, not a library: ESM only, one file per entry; @swc/core (a dev dependency) keeps decorator metadata.
export default defineConfig({
  entry: {
    tour: 'src/tour.ts',
    serve: 'src/serve.ts',
    campaign: 'src/campaign.ts',
    'campaign-worker': 'src/campaign-worker.ts',
  },
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
});
