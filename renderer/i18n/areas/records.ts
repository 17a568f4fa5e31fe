import { areaMessages } from '../area';

/** Records an office owns, as the province sees them (issue 16: read-only there, corrected by the office). */
export const recordMessages = areaMessages(
  {
    'records.importedReadOnly': 'Hồ sơ này do {office} gửi lên: tỉnh chỉ xem, không sửa. {office} sửa hồ sơ và gửi gói dữ liệu lại.',
    'records.importedNote': 'Hồ sơ do {office} gửi lên, chỉ xem. Muốn sửa, đề nghị {office} sửa và gửi gói dữ liệu lại.',
  },
  {
    'records.importedReadOnly': 'This record was sent by {office}: the province reads it but does not edit it. {office} corrects it and sends its package again.',
    'records.importedNote': 'Sent by {office}, read-only here. To correct it, ask {office} to edit it and send its package again.',
  },
);
