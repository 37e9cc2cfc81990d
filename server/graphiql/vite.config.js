// Builds GraphiQL into dist/, which the Go binary embeds (server/graphiql.go)
// and serves at /graphiql. dist/ is emptied on each build; dist/.gitkeep,
// which keeps the folder in git so that the embed compiles without a build,
// is written back after.
import { defineConfig } from 'vite';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const keepGitkeep = {
  name: 'rightsgraph-keep-gitkeep',
  apply: 'build',
  closeBundle() {
    writeFileSync(fileURLToPath(new URL('dist/.gitkeep', import.meta.url)), '');
  },
};

export default defineConfig({
  base: '/graphiql/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // GraphiQL, React and CodeMirror are one screen's code.
    chunkSizeWarningLimit: 2500,
    // Everything as files: the Content-Security-Policy allows no inline
    // script, and data: only for images and fonts.
    assetsInlineLimit: 0,
  },
  plugins: [keepGitkeep],
});
