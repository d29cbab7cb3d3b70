import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// antd measures the page with matchMedia; happy-dom has it, but the Grid breakpoints need a width.
afterEach(() => {
  cleanup();
});
