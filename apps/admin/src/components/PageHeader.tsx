import { useEffect, type ReactNode } from 'react';

/** The page's one h1, which also names the browser tab (screen readers announce it on navigation). */
export function PageHeader({ title, extra, children }: { title: string; extra?: ReactNode; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · 联席`;
  }, [title]);
  return (
    <header className="page-header">
      <div className="page-header-row">
        <h1 className="page-title">{title}</h1>
        {extra}
      </div>
      {children}
    </header>
  );
}
