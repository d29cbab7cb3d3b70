import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where `pnpm dev` forwards `/graphql`; the API listens on 4000 by default. */
const apiTarget = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Read workspace packages (@lianxi/domain) from their TypeScript sources, as typecheck and tests do.
    conditions: ['@lianxi/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    // scripts/bundle-size.mjs reads the manifest to measure what /login and / load.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
});
