import type { ThemeConfig } from 'antd';

/**
 * Colours chosen for WCAG AA contrast (4.5:1 for text): antd's defaults (#1677ff primary,
 * #ff4d4f error, 25-45% grey for placeholders and descriptions) fail the axe color-contrast rule.
 */
export const PRIMARY = '#0b57a4';
const HEADER = '#0a3d73';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    colorLink: PRIMARY,
    colorInfo: PRIMARY,
    colorError: '#b3261e',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: HEADER, headerColor: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff' },
    Menu: { itemSelectedColor: PRIMARY, itemColor: 'rgba(0, 0, 0, 0.88)' },
    Table: { headerColor: 'rgba(0, 0, 0, 0.88)' },
  },
};
