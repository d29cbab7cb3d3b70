import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { theme } from './theme';

/**
 * antd's configuration for the app and for component tests alike. `autoInsertSpace: false`: antd would
 * render 提交 as "提 交", which screen readers then spell out character by character.
 */
export function UiProvider({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}
