import { installMessages } from './areas/install';
import { auditMessages } from './areas/audit';
import { backupMessages } from './areas/backup';
import { sheetSafetyMessages } from './areas/sheetSafety';
import { backupPageMessages } from './areas/backupPage';
import { packageMessages } from './areas/packages';
import { userMessages } from './areas/users';
import { pathMessages } from './areas/paths';
import { accessMessages } from './areas/access';
import { trainingMessages } from './areas/training';
import { planMessages } from './areas/plan';
import { law2026Messages } from './areas/law2026';
import { crashMessages } from './areas/crash';
import { provinceMessages } from './areas/provinces';
import { inspectionMessages } from './areas/inspections';
import { printMessages } from './areas/print';
import { packageLinkMessages } from './areas/packageLink';
import { packageScreenMessages } from './areas/packageScreens';
import { recordMessages } from './areas/records';
import { entryMessages } from './areas/entry';
import { encryptionMessages } from './areas/encryption';
import { helpMessages } from './areas/help';
import { confidentialMessages } from './areas/confidential';
import { scanMessages } from './areas/scan';

/**
 * Vietnamese messages: the source of truth for message keys. Every user-visible string lives here and in
 * en.ts, or in an area file under ./areas/ (Vietnamese and English together) spread at the end of both.
 */
export const vi = {
  'app.title': 'District Desk - Phòng, chống mại dâm',
  'app.loading': 'Đang tải...',
  'app.language': 'Ngôn ngữ',
  'app.signOut': 'Đăng xuất',
  'app.unit': 'Đơn vị',

  'nav.businesses': 'Cơ sở kinh doanh',
  'nav.about': 'Thông tin',

  'common.save': 'Lưu',
  'common.cancel': 'Hủy',
  'common.close': 'Đóng',
  'common.back': 'Quay lại',
  'common.next': 'Tiếp tục',
  'common.edit': 'Sửa',
  'common.add': 'Thêm',
  'common.search': 'Tìm kiếm',
  'common.all': 'Tất cả',
  'common.yes': 'Có',
  'common.no': 'Không',
  'common.saved': 'Đã lưu',
  'common.download': 'Tải xuống',
  'common.rows': '{count} dòng',

  'business.type.karaoke': 'Karaoke',
  'business.type.dance_hall': 'Vũ trường',
  'business.type.massage_sauna': 'Xoa bóp, xông hơi',
  'business.type.hotel': 'Khách sạn',
  'business.type.guest_house': 'Nhà nghỉ',
  'business.type.rental_rooms': 'Nhà trọ, phòng cho thuê',
  'business.type.hostess_venue': 'Nhà hàng, quán bar, cà phê có tiếp viên',
  'business.type.barber': 'Cắt tóc, gội đầu',
  'business.type.other': 'Khác',

  'business.status.operating': 'Đang hoạt động',
  'business.status.suspended': 'Tạm ngừng',
  'business.status.closed': 'Đã đóng cửa',

  'business.field.name': 'Tên cơ sở',
  'business.field.type': 'Loại hình',
  'business.field.address': 'Địa chỉ',
  'business.field.communeCode': 'Xã, phường',
  'business.field.communeName': 'Tên xã, phường',
  'business.field.ownerName': 'Chủ cơ sở',
  'business.field.phone': 'Điện thoại',
  'business.field.registrationNo': 'Số đăng ký kinh doanh',
  'business.field.registrationDate': 'Ngày đăng ký kinh doanh',
  'business.field.securityCertNo': 'Số giấy chứng nhận ANTT',
  'business.field.securityCertDate': 'Ngày cấp giấy chứng nhận ANTT',
  'business.field.workersTotal': 'Tổng số lao động',
  'business.field.workersWomen': 'Lao động nữ',
  'business.field.status': 'Tình trạng',
  'business.field.notes': 'Ghi chú',
  'business.field.updatedAt': 'Cập nhật',

  'business.list.title': 'Sổ theo dõi cơ sở kinh doanh dịch vụ dễ phát sinh tệ nạn mại dâm',
  'business.list.searchPlaceholder': 'Tìm theo tên, địa chỉ, chủ cơ sở, số đăng ký (gõ không dấu cũng được)',
  'business.list.count': '{count} cơ sở',
  'business.list.empty': 'Chưa có cơ sở nào',
  'business.list.add': 'Thêm cơ sở',
  'business.list.import': 'Nhập từ Excel',
  'business.list.export': 'Xuất ra Excel',
  'business.list.template': 'Tải mẫu nhập liệu',
  'business.form.createTitle': 'Thêm cơ sở kinh doanh',
  'business.form.editTitle': 'Sửa thông tin cơ sở',
  'business.form.invalid': 'Vui lòng sửa các ô được đánh dấu',
  'business.detail.history': 'Lịch sử thay đổi',
  'business.detail.close': 'Ghi nhận đóng cửa',
  'business.detail.closeConfirm': 'Ghi nhận cơ sở này đã đóng cửa? Hồ sơ vẫn được giữ lại.',
  'business.history.created': 'Tạo mới',
  'business.history.updated': 'Sửa',
  'business.history.deleted': 'Xóa',
  'business.history.by': 'bởi {user}',
  'business.notFound': 'Không tìm thấy cơ sở này',
  'business.duplicate': 'Đã có cơ sở trùng số đăng ký hoặc trùng tên và địa chỉ: {name}',
  'business.template.example.name': 'Nhà nghỉ Hoàng Anh',
  'business.template.example.address': 'Số 12, đường Trần Đăng Ninh',
  'business.template.example.owner': 'Nguyễn Văn An',
  'business.template.sheetData': 'Danh sách cơ sở',
  'business.template.sheetValues': 'Giá trị hợp lệ',
  'business.template.valuesType': 'Loại hình',
  'business.template.valuesStatus': 'Tình trạng',
  'business.template.valuesCommuneCode': 'Mã xã, phường',
  'business.template.valuesCommuneName': 'Tên xã, phường',

  'import.title': 'Nhập danh sách cơ sở từ Excel',
  'import.chooseFile': 'Chọn tệp .xlsx',
  'import.reading': 'Đang đọc tệp... {percent}%',
  'import.mapping': 'Ghép cột',
  'import.mappingHint': 'Chọn cột trong tệp tương ứng với từng trường',
  'import.rejected.errorColumn': 'Lỗi',
  'import.rejected.download': 'Tải các dòng lỗi để sửa ({count} dòng)',
  'import.rejected.hint': 'Tệp có các cột như tệp gốc và cột "Lỗi" ghi lý do. Sửa xong, xóa cột "Lỗi" hoặc để nguyên, rồi nhập lại tệp đó.',
  'import.readAsTitle': 'Cột được đọc theo nghĩa',
  'import.readAs': 'Cột “{column}” được đọc là “{field}”',
  'import.column': 'Cột trong tệp',
  'import.notMapped': '(không dùng)',
  'import.preview': 'Xem trước',
  'import.summary': '{total} dòng: {valid} hợp lệ, {invalid} có lỗi',
  'import.errors': 'Các dòng có lỗi',
  'import.row': 'Dòng {row}',
  'import.importValid': 'Chỉ nhập {count} dòng hợp lệ',
  'import.importAll': 'Nhập tất cả',
  'import.importNothing': 'Không nhập gì',
  'import.done': 'Đã nhập {count} cơ sở',
  'import.cancelled': 'Đã hủy việc nhập',
  'import.nothingWritten': 'Chưa ghi gì vào dữ liệu',
  'import.duplicateInFile': 'Trùng với dòng {row} trong tệp',
  'import.duplicateExisting': 'Có thể trùng với cơ sở đã có: {name}',
  'import.exampleRow': 'Dòng ví dụ của mẫu nhập liệu: hãy xóa trước khi nhập',
  'import.unknownType': 'Loại hình không hợp lệ',
  'import.unknownStatus': 'Tình trạng không hợp lệ',
  'import.unknownCommune': 'Không có xã, phường này trong đơn vị',
  'import.formulaWithoutValue': 'Ô chứa công thức chưa có kết quả',
  'import.notXlsx': 'Tệp không phải là bảng tính Excel (.xlsx)',
  'import.encryptedOrXls': 'Tệp có mật khẩu hoặc là định dạng .xls cũ. Hãy bỏ mật khẩu và lưu lại dưới dạng .xlsx',
  'import.truncated': 'Tệp bị hỏng hoặc chưa chép hết. Hãy chép lại tệp',
  'import.emptySheet': 'Trang tính không có dòng dữ liệu nào',
  'import.missingColumns': 'Thiếu cột bắt buộc: {columns}',
  'import.tooManyRows': 'Tệp có quá nhiều dòng (tối đa {max}). Hãy chia thành nhiều tệp',
  'import.tooLarge': 'Tệp quá lớn (tối đa {max} MB)',
  'import.expired': 'Phiên nhập đã hết hạn. Hãy chọn lại tệp',
  'import.hasErrors': 'Có {count} dòng lỗi: không ghi gì. Sửa tệp hoặc chọn chỉ nhập dòng hợp lệ',

  'validation.required': 'Bắt buộc nhập',
  'validation.text': 'Phải là chữ',
  'validation.tooLong': 'Quá dài',
  'validation.id': 'Mã không hợp lệ',
  'validation.date': 'Ngày không hợp lệ (dd/mm/yyyy)',
  'validation.choice': 'Giá trị không hợp lệ',
  'validation.number': 'Phải là số',
  'validation.wholeNumber': 'Phải là số nguyên',
  'validation.notNegative': 'Không được âm',
  'validation.tooLarge': 'Số quá lớn',
  'validation.phone': 'Số điện thoại chỉ gồm chữ số, khoảng trắng và + ( ) . -',
  'validation.womenMoreThanTotal': 'Số lao động nữ lớn hơn tổng số lao động',
  'validation.file': 'Tệp không hợp lệ',
  'validation.fileTooLarge': 'Tệp quá lớn',
  'validation.passwordShort': 'Mật khẩu phải có ít nhất 8 ký tự',
  'validation.passwordMismatch': 'Hai lần nhập mật khẩu không khớp',
  'validation.invalid': 'Dữ liệu không hợp lệ',
  'units.sheet.notXlsx': 'Tệp danh mục không phải là bảng tính Excel (.xlsx)',
  'units.sheet.encryptedOrXls': 'Tệp danh mục có mật khẩu hoặc là định dạng .xls cũ. Hãy lưu lại dưới dạng .xlsx',
  'units.sheet.missingColumns': 'Tệp danh mục thiếu cột mã hoặc tên đơn vị (Mã TP, Mã QH, Mã PX, Phường Xã...)',
  'units.sheet.empty': 'Tệp danh mục không có dòng dữ liệu nào',
  'units.import.title': 'Nạp danh mục từ tệp Excel của cơ quan thống kê',
  'units.import.listVersion': 'Mã phiên bản danh mục (ví dụ VN-2025-HG)',
  'units.import.label': 'Tên danh mục',
  'units.import.file': 'Chọn tệp danh mục .xlsx',
  'units.import.done': 'Đã nạp {count} đơn vị vào danh mục {label}',
  'units.import.notAllowed': 'Chỉ quản trị viên được nạp danh mục đơn vị hành chính',
  'validation.listVersion': 'Chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',

  'setup.title': 'Thiết lập văn phòng',
  'setup.intro': 'Lần đầu sử dụng: khai báo văn phòng và người quản trị.',
  'setup.step.office': 'Văn phòng',
  'setup.step.admin': 'Quản trị viên',
  'setup.officeName': 'Tên cơ quan',
  'setup.level': 'Cấp',
  'setup.listVersion': 'Danh mục đơn vị hành chính',
  'setup.unit': 'Đơn vị',
  'setup.adminName': 'Tên đăng nhập của quản trị viên',
  'setup.password': 'Mật khẩu',
  'setup.passwordAgain': 'Nhập lại mật khẩu',
  'setup.finish': 'Hoàn tất thiết lập',
  'setup.alreadyDone': 'Văn phòng đã được thiết lập',

  'level.province': 'Tỉnh',
  'level.district': 'Huyện',
  'level.commune': 'Xã, phường',

  'role.admin': 'Quản trị viên',
  'role.clerk': 'Cán bộ nhập liệu',
  'role.inspector': 'Kiểm tra viên',

  'signIn.title': 'Đăng nhập',
  'signIn.name': 'Tên đăng nhập',
  'signIn.password': 'Mật khẩu',
  'signIn.submit': 'Đăng nhập',
  'signIn.failed': 'Sai tên đăng nhập hoặc mật khẩu',

  'about.installationId': 'Mã cài đặt',
  'about.dataDir': 'Thư mục dữ liệu',
  'about.version': 'Phiên bản',
  'about.schema': 'Phiên bản dữ liệu',

  'errors.internal': 'Đã xảy ra lỗi không mong muốn. Dữ liệu chưa bị thay đổi. Hãy thử lại',
  'errors.validation': 'Dữ liệu nhập chưa hợp lệ',
  'errors.unknownProcedure': 'Yêu cầu không được hỗ trợ',
  'errors.forbiddenSender': 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng',
  'errors.notSignedIn': 'Vui lòng đăng nhập',
  'errors.notAllowed': 'Bạn không có quyền thực hiện thao tác này',
  'errors.notSetUp': 'Văn phòng chưa được thiết lập',
  'errors.network': 'Không kết nối được với phần xử lý dữ liệu',
  'errors.diskFull': 'Ổ đĩa đã đầy. Dữ liệu chưa bị thay đổi. Hãy giải phóng dung lượng rồi thử lại',
  'errors.db.pragmas': 'Cơ sở dữ liệu không được mở với chế độ an toàn bắt buộc',
  'errors.db.dataDirUnusable': 'Không tạo được thư mục dữ liệu',
  'errors.db.openFailed': 'Không mở được cơ sở dữ liệu',
  'errors.db.readonly': 'Thư mục dữ liệu chỉ cho phép đọc. Hãy kiểm tra quyền ghi của thư mục',
  'errors.db.corrupt': 'Cơ sở dữ liệu bị hỏng. Hãy khôi phục từ bản sao lưu',
  'errors.db.tooNew':
    'Dữ liệu này được tạo bởi phiên bản mới hơn của phần mềm. Hãy cài phiên bản mới nhất; dữ liệu được giữ nguyên',
  'errors.job.notFound': 'Không tìm thấy công việc này',
  'errors.secondInstance': 'Phần mềm đang chạy trong một cửa sổ khác',

  'cli.usage': 'Cách dùng',
  'cli.usageText': `district-desk <lệnh> [--data-dir THƯ_MỤC] [--json]

  init --level province|district|commune --unit MÃ --office "TÊN" --admin TÊN [--list-version VN-2025]
       (mật khẩu quản trị: biến môi trường DISTRICT_DESK_ADMIN_PASSWORD; nếu không có, lần đăng nhập đầu sẽ đặt)
  init --settings TỆP.json   (thiết lập không cần trình hướng dẫn bằng tệp thiết lập; xem docs/IT-GUIDE.md)
  db check
  units lists
  units import TỆP.xlsx --list-version MÃ --label "TÊN"   (danh mục của cơ quan thống kê, tỉnh khác)
  businesses list [--search CHỮ]
  businesses import TỆP.xlsx [--dry-run] [--valid-only]
  businesses export TỆP.xlsx
  businesses template TỆP.xlsx`,
  'cli.usageFooter': `Mã thoát: 0 thành công, 1 bị từ chối hoặc lỗi (có lý do), 2 sai cú pháp.
Thư mục dữ liệu mặc định: biến {dataDirEnv} hoặc thư mục dữ liệu của ứng dụng.`,
  'cli.missingValue': '{flag} cần một giá trị',
  'cli.unknownFlag': 'Không biết tùy chọn {flag}',
  'cli.check.ok': 'Cơ sở dữ liệu ổn định',
  'cli.check.failed': 'Cơ sở dữ liệu có lỗi',
  'cli.init.done': 'Đã thiết lập văn phòng {office}',
  'cli.import.dryRun': 'Chạy thử: không ghi gì',
  'cli.export.done': 'Đã xuất {count} cơ sở ra {file}',
  'cli.template.done': 'Đã ghi mẫu nhập liệu ra {file}',

  // Renderer screens
  'app.otherLanguage': 'English',
  'app.startFailed': 'Không khởi động được phần mềm',
  'app.mainNav': 'Điều hướng chính',
  'app.signedInAs': 'Đang đăng nhập: {name}',
  'common.retry': 'Thử lại',
  'common.downloaded': 'Đã tải xuống tệp {file}',
  'common.empty': '—',
  'business.list.filterCommune': 'Lọc theo xã, phường',
  'business.list.filterType': 'Lọc theo loại hình',
  'business.list.filterStatus': 'Lọc theo tình trạng',
  'business.list.loadingMore': 'Đang tải thêm...',
  'business.form.keysHint': 'Ctrl+S: lưu, Esc: hủy',
  'business.form.created': 'Đã thêm cơ sở {name}',
  'business.detail.closed': 'Đã ghi nhận cơ sở đóng cửa',
  'business.detail.fields': 'Thông tin cơ sở',
  'business.history.empty': 'Chưa có thay đổi nào',
  'business.history.unknownUser': 'không rõ người sửa',
  'import.field': 'Trường',
  'import.rowNumber': 'Dòng',
  'import.problem': 'Lỗi',
  'import.fileChosen': 'Tệp: {file}',
  'import.otherFile': 'Chọn tệp khác',
  'import.columnN': 'Cột {n}',
  'import.allValid': 'Tất cả các dòng đều hợp lệ',
  'about.title': 'Thông tin phần mềm',
  'about.office': 'Cơ quan',
  'about.level': 'Cấp',
  'setup.unitSearchHint': 'Gõ tên đơn vị, có dấu hoặc không dấu',

  // Areas
  ...installMessages.vi,
  ...backupMessages.vi,
  ...sheetSafetyMessages.vi,
  ...packageMessages.vi,
  ...auditMessages.vi,
  ...userMessages.vi,
  ...accessMessages.vi,
  ...backupPageMessages.vi,
  ...pathMessages.vi,
  ...trainingMessages.vi,
  ...planMessages.vi,
  ...law2026Messages.vi,
  ...crashMessages.vi,
  ...provinceMessages.vi,
  ...inspectionMessages.vi,
  ...printMessages.vi,
  ...packageLinkMessages.vi,
  ...packageScreenMessages.vi,
  ...recordMessages.vi,
  ...entryMessages.vi,
  ...encryptionMessages.vi,
  ...helpMessages.vi,
  ...confidentialMessages.vi,
  ...scanMessages.vi,
} as const;

export type MessageKey = keyof typeof vi;
