// Builds the explorer into dist/, which the Go binary embeds (web.go).
// dist/ is emptied on each build; dist/.gitkeep, which keeps the folder in
// git so that the embed compiles without a build, is written back after.
import { defineConfig, type Plugin } from 'vite';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const keepGitkeep: Plugin = {
  name: 'rightsgraph-keep-gitkeep',
  apply: 'build',
  closeBundle() {
    writeFileSync(fileURLToPath(new URL('dist/.gitkeep', import.meta.url)), '');
  },
};

// npm run dev serves the page with hot reload and passes the API through to
// a running rightsgraph (make run), or to RIGHTSGRAPH_URL.
const api = process.env.RIGHTSGRAPH_URL || 'http://127.0.0.1:8080';

export default defineConfig({
  base: '/',
  server: {
    proxy: { '/graphql': api, '/export': api, '/graphiql': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Cytoscape.js is one chunk of about 450 kB; the page is one screen.
    chunkSizeWarningLimit: 800,
  },
  plugins: [keepGitkeep],
});
