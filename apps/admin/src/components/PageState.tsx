import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';

interface PageStateProps {
  loading: boolean;
  error?: Error | null | undefined;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
}

/** The three states every screen has besides its content: loading, error, empty. */
export function PageState({ loading, error, empty, emptyText = '暂无数据', onRetry, children }: PageStateProps) {
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title="加载失败"
        description={error.message || '服务器没有响应,请稍后重试。'}
        action={onRetry ? <Button onClick={onRetry}>重试</Button> : undefined}
      />
    );
  }
  if (loading) {
    return (
      <div role="status" aria-live="polite">
        <span className="visually-hidden">正在加载…</span>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  if (empty) return <Empty description={emptyText} />;
  return <>{children}</>;
}
