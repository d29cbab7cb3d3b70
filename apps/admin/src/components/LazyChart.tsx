import { lazy, Suspense, type ComponentProps } from 'react';

const EChart = lazy(() => import('./EChart'));

/** The chart, loaded on demand. */
export function LazyChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<p role="status">正在加载图表…</p>}>
      <EChart {...props} />
    </Suspense>
  );
}
