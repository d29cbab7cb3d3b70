import react from '@vitejs/plugin-react';
import { defineLianxiConfig } from '@lianxi/vitest-config';

export default defineLianxiConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['src/test/setup.ts'],
  },
});
