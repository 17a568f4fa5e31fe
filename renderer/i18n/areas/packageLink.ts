import { areaMessages } from '../area';

/**
 * Data packages, province side beyond the package screens: the consolidated view's office filter,
 * previous-package chain breaks, province key rotation, and the configuration-key refusal.
 */
export const packageLinkMessages = areaMessages(
  {
    'packages.error.UNKNOWN_PROVINCE_KEY':
      'Gói cấu hình không do khóa của tỉnh mà máy này đã ghi nhận ký, hoặc dấu vân tay gõ vào không khớp. Hãy đối chiếu dấu vân tay với văn bản của tỉnh; nếu tỉnh đã đổi khóa, hãy nhập gói đổi khóa của tỉnh trước.',
    'packageLink.officeFilter.office': 'Máy gửi',
    'packageLink.officeFilter.unit': 'Đơn vị gửi',
    'packageLink.cli.rotated': 'Đã đổi khóa của tỉnh.\n  Khóa cũ (ký gói này): {previous}\n  Khóa mới: {fingerprint}\nGửi tệp này cho các đơn vị và đọc cho họ dấu vân tay khóa mới.',
    'packageLink.cli.chainBroken': 'Cảnh báo: gói số {sequence} không nối tiếp gói trước đã nhận của máy này (máy có thể đã khôi phục từ bản sao lưu cũ). Đã nhập; hãy xin đơn vị gửi gói đầy đủ (--full).',
    'packageLink.cli.chainBreaks': 'chuỗi gói bị đứt tại: {sequences}',
    'cli.usage.packageLink': '  keys rotate --out TỆP   (cấp tỉnh: đổi khóa; tệp là gói cấu hình ký bằng khóa cũ)',
    'audit.action.packages.keysRotate': 'Đổi khóa của tỉnh',
  },
  {
    'packages.error.UNKNOWN_PROVINCE_KEY':
      'The configuration package is not signed by the province key this installation pinned, or the typed fingerprint does not match. Check the fingerprint against the province’s letter; if the province changed its key, import its key-change package first.',
    'packageLink.officeFilter.office': 'Sending installation',
    'packageLink.officeFilter.unit': 'Sending unit',
    'packageLink.cli.rotated': 'Province keys changed.\n  Old key (signed this package): {previous}\n  New key: {fingerprint}\nSend this file to the offices and read them the new key’s fingerprint.',
    'packageLink.cli.chainBroken': 'Warning: package {sequence} does not follow the package received before it from this installation (it may have been restored from an old backup). Imported; ask the office for a full package (--full).',
    'packageLink.cli.chainBreaks': 'package chain broken at: {sequences}',
    'cli.usage.packageLink': '  keys rotate --out FILE   (province: new keys; the file is a configuration package signed by the old key)',
    'audit.action.packages.keysRotate': 'Province keys changed',
  },
);
