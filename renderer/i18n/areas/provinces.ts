import { areaMessages } from '../area';

/** Every province, both unit lists and the old-to-new commune mapping (issue 17). */
export const provinceMessages = areaMessages(
  {
    'units.notInList':
      'Đơn vị mã {code} ({name}) thuộc "{otherLabel}", không có trong danh mục đang chọn "{label}". Hãy chọn danh mục "{otherLabel}" (dòng lệnh: --list-version {otherVersion}) hoặc chọn một đơn vị của danh mục đang chọn.',
    'units.notFound': 'Không có đơn vị mã {code} ở cấp {level} trong danh mục "{label}".',
    'units.notInProvince': 'Đơn vị {name} không thuộc {province}.',
    'setup.province': 'Tỉnh, thành phố',
    'setup.noDistrictsInList':
      'Danh mục từ 01/07/2025 không còn cấp huyện. Văn phòng cấp huyện cũ: chọn danh mục "Danh mục trước 01/07/2025" ở trên.',
    'import.oldCommuneMapped': '{old} -> {new}',
    'import.splitCommune': '{old} nay thuộc nhiều đơn vị ({choices}): hãy chọn đơn vị mới',
    'import.oldCommuneOutside': '{old} nay thuộc {new}, ngoài phạm vi văn phòng',
    'convert.notNeeded': 'Văn phòng đã dùng danh mục sau 01/07/2025',
    'convert.title': 'Chuyển sang danh mục sau 01/07/2025',
    'audit.action.units.convertToNewList': 'Chuyển sang danh mục sau 01/07/2025',
    'audit.action.units.planConversion': 'Xem trước chuyển danh mục',
  },
  {
    'units.notInList':
      'Unit {code} ({name}) is in "{otherLabel}", not in the chosen list "{label}". Choose the list "{otherLabel}" (command line: --list-version {otherVersion}) or a unit of the chosen list.',
    'units.notFound': 'No unit with code {code} at level {level} in the list "{label}".',
    'units.notInProvince': 'Unit {name} is not in {province}.',
    'setup.province': 'Province or city',
    'setup.noDistrictsInList':
      'The list since 1 July 2025 has no district level. A former district office: choose "Danh mục trước 01/07/2025" above.',
    'import.oldCommuneMapped': '{old} -> {new}',
    'import.splitCommune': '{old} is now split among several units ({choices}): choose the new one',
    'import.oldCommuneOutside': '{old} is now {new}, outside this office',
    'convert.notNeeded': 'The office already uses the list since 1 July 2025',
    'convert.title': 'Convert to the list since 1 July 2025',
    'audit.action.units.convertToNewList': 'Converted to the list since 1 July 2025',
    'audit.action.units.planConversion': 'Conversion previewed',
  },
);
