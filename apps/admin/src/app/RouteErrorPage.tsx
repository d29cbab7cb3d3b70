import { Link, useRouteError } from 'react-router';

/**
 * Shown when a screen throws or its chunk fails to load (e.g. after a deploy): say so, offer a way on.
 * Plain HTML on purpose: it is part of the entry chunk every screen loads.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : '未知错误';
  return (
    <main id="main" className="plain-result" role="alert">
      <h1>页面出错了</h1>
      <p>请刷新页面重试。({detail})</p>
      <button
        type="button"
        className="plain-button"
        onClick={() => {
          window.location.reload();
        }}
      >
        刷新页面
      </button>
    </main>
  );
}

export function NotFoundPage() {
  return (
    <div className="plain-result">
      <h1>找不到这个页面</h1>
      <p>
        <Link to="/">返回首页</Link>
      </p>
    </div>
  );
}
