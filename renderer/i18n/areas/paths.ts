import { areaMessages } from '../area';

/** Choosing a folder or file (the shell's dialog, or a typed path in the browser) and checking it. */
export const pathMessages = areaMessages(
  {
    'paths.choose': 'Chọn...',
    'paths.typeHint': 'Gõ đường dẫn đầy đủ, ví dụ E:\\SaoLuu hoặc /media/usb',
    'paths.none': 'Chưa chọn',
    'paths.notAbsolute': 'Đường dẫn "{path}" chưa đầy đủ: hãy ghi cả ổ đĩa hoặc thư mục gốc.',
    'paths.notFound': 'Không tìm thấy "{path}". Kiểm tra lại đường dẫn hoặc thiết bị USB đã cắm chưa.',
    'paths.notFolder': '"{path}" không phải là thư mục.',
    'paths.notFile': '"{path}" không phải là tệp.',
    'paths.notWritable': 'Không ghi được vào "{path}" (chỉ đọc hoặc không có quyền). Hãy chọn thư mục khác.',
    'paths.notReadable': 'Không đọc được "{path}" (không có quyền hoặc đang bị khóa).',
    'paths.exists': 'Đã có tệp "{path}". Không ghi đè: hãy chọn tên khác.',
  },
  {
    'paths.choose': 'Choose...',
    'paths.typeHint': 'Type the full path, e.g. E:\\Backups or /media/usb',
    'paths.none': 'Not chosen',
    'paths.notAbsolute': 'The path "{path}" is incomplete: include the drive or root folder.',
    'paths.notFound': '"{path}" was not found. Check the path, or whether the USB stick is plugged in.',
    'paths.notFolder': '"{path}" is not a folder.',
    'paths.notFile': '"{path}" is not a file.',
    'paths.notWritable': 'Cannot write to "{path}" (read-only or no permission). Choose another folder.',
    'paths.notReadable': 'Cannot read "{path}" (no permission or locked).',
    'paths.exists': '"{path}" already exists. Nothing is overwritten: choose another name.',
  },
);
