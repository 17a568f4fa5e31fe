// Other words offices put at the head of a column for the same thing: their own lists, older templates,
// the tax office's or the statistics office's exports. Matched like headers (case, diacritics, punctuation
// and spacing do not count), only after every exact header has found its column.
import type { MessageKey } from '../../renderer/i18n/vi';

const PHONE = ['SĐT', 'Số điện thoại', 'Điện thoại liên hệ', 'Số ĐT', 'ĐT', 'Di động', 'Số di động', 'Phone number', 'Telephone', 'Tel', 'Mobile'];

export const HEADER_SYNONYMS: Partial<Record<MessageKey, readonly string[]>> = {
  'business.field.name': ['Tên cơ sở kinh doanh', 'Tên cơ sở KD', 'Tên CSKD', 'Tên doanh nghiệp', 'Tên hộ kinh doanh', 'Tên cửa hàng', 'Tên', 'Name'],
  'business.field.type': ['Loại hình kinh doanh', 'Loại hình cơ sở', 'Ngành nghề', 'Ngành nghề kinh doanh', 'Loại'],
  'business.field.address': ['Địa chỉ kinh doanh', 'Địa chỉ cơ sở', 'Địa điểm kinh doanh', 'Địa điểm', 'Trụ sở'],
  'business.field.communeCode': ['Mã xã', 'Mã xã, phường', 'Mã phường', 'Mã xã/phường/đặc khu', 'Mã đơn vị hành chính', 'Mã ĐVHC', 'Commune code'],
  'business.field.communeName': ['Xã', 'Phường', 'Tên xã', 'Tên phường', 'Xã/phường/thị trấn', 'Xã/phường/đặc khu', 'Commune name'],
  'business.field.ownerName': ['Chủ sở hữu', 'Tên chủ cơ sở', 'Họ tên chủ cơ sở', 'Chủ hộ kinh doanh', 'Người đại diện', 'Người đại diện theo pháp luật', 'Owner'],
  'business.field.phone': PHONE,
  'business.field.registrationNo': ['Số ĐKKD', 'Số GCN ĐKKD', 'Số giấy chứng nhận đăng ký kinh doanh', 'Số giấy phép đăng ký kinh doanh', 'Mã số doanh nghiệp', 'Mã số hộ kinh doanh'],
  'business.field.registrationDate': ['Ngày ĐKKD', 'Ngày cấp ĐKKD', 'Ngày cấp giấy chứng nhận đăng ký kinh doanh', 'Ngày cấp đăng ký kinh doanh'],
  'business.field.securityCertNo': ['Số GCN ANTT', 'Số giấy chứng nhận đủ điều kiện về an ninh, trật tự', 'Giấy chứng nhận ANTT', 'Số GCN đủ điều kiện ANTT'],
  'business.field.securityCertDate': ['Ngày cấp GCN ANTT', 'Ngày cấp ANTT', 'Ngày cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự'],
  'business.field.workersTotal': ['Số lao động', 'Tổng lao động', 'Số người lao động', 'Tổng số người lao động', 'Lao động', 'Workers'],
  'business.field.workersWomen': ['Số lao động nữ', 'LĐ nữ', 'Trong đó nữ', 'Nữ', 'Women workers'],
  'business.field.status': ['Trạng thái', 'Tình trạng hoạt động', 'Trạng thái hoạt động'],
  'business.field.notes': ['Ghi chú khác', 'Chú thích', 'Notes', 'Note'],
  'staff.field.fullName': ['Họ tên', 'Họ và tên cán bộ', 'Tên cán bộ', 'Tên', 'Name'],
  'staff.field.gender': ['Giới', 'Nam/Nữ', 'Nam, nữ', 'Sex'],
  'staff.field.birthYear': ['Sinh năm', 'Năm sinh (yyyy)', 'Born'],
  'staff.field.position': ['Chức danh', 'Chức vụ, chức danh', 'Title'],
  'staff.field.agency': ['Cơ quan công tác', 'Nơi công tác', 'Đơn vị công tác', 'Cơ quan, đơn vị'],
  'staff.field.level': ['Cấp hành chính', 'Cấp quản lý'],
  'staff.field.unitCode': ['Mã xã', 'Mã đơn vị', 'Mã đơn vị hành chính', 'Xã, phường', 'Xã/phường'],
  'staff.field.group': ['Đối tượng', 'Nhóm', 'Thành phần'],
  'staff.field.phone': PHONE,
  'staff.field.status': ['Trạng thái'],
};
