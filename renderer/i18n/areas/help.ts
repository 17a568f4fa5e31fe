import { areaMessages } from '../area';

/** The user guide: in-app help (F1, "?"), the About page's link, the PDF's cover and chapters. */
export const helpMessages = areaMessages(
  {
    'help.button': 'Hướng dẫn cho màn hình này (F1)',
    'help.drawerTitle': 'Hướng dẫn sử dụng',
    'help.contents': 'Mục lục',
    'help.allTopics': 'Tất cả các bài hướng dẫn',
    'help.noPage': 'Màn hình này chưa có bài hướng dẫn riêng. Chọn một bài trong mục lục.',
    'help.figure': 'Hình: {caption}',
    'help.wholeGuide': 'Mở toàn bộ tài liệu hướng dẫn sử dụng',
    'help.role.clerk': 'Cán bộ nghiệp vụ',
    'help.role.admin': 'Quản trị viên',
    'help.role.province': 'Cán bộ cấp tỉnh',
    'help.role.it': 'Cán bộ công nghệ thông tin',
    'help.pdf.title': 'TÀI LIỆU HƯỚNG DẪN SỬ DỤNG',
    'help.pdf.subtitle': 'Phần mềm quản lý công tác phòng, chống mại dâm District Desk',
    'help.pdf.version': 'Phiên bản {version}',
    'help.pdf.figureNo': 'Hình {n}. {caption}',
  },
  {
    'help.button': 'Help for this screen (F1)',
    'help.drawerTitle': 'User guide',
    'help.contents': 'Contents',
    'help.allTopics': 'All guide pages',
    'help.noPage': 'This screen has no page of its own yet. Choose one in the contents.',
    'help.figure': 'Picture: {caption}',
    'help.wholeGuide': 'Open the whole user guide',
    'help.role.clerk': 'Clerks',
    'help.role.admin': 'Administrators',
    'help.role.province': 'Province officers',
    'help.role.it': 'IT staff',
    'help.pdf.title': 'USER GUIDE',
    'help.pdf.subtitle': 'District Desk, software for the prostitution-prevention programme',
    'help.pdf.version': 'Version {version}',
    'help.pdf.figureNo': 'Figure {n}. {caption}',
  },
);
