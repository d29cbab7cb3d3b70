import type { ThemeConfig } from 'antd';

/**
 * 适老化: a larger base font, and colours dark enough for WCAG AA contrast (4.5:1) on white —
 * antd's default primary (#1677ff) and secondary text (45 % black) fall short of it.
 */
export const theme: ThemeConfig = {
  token: {
    fontSize: 16,
    colorPrimary: '#0a4fbf',
    colorLink: '#0a4fbf',
    colorError: '#b3261e',
    colorSuccess: '#2e7d32',
    colorWarning: '#8a5a00',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif",
  },
};
