import { useT } from '../app/i18n';
import { DECREE_CSS, DECREE_TEXT, fill, NationalHeading, paperDate, PrintPage, Signatures } from '../print/decree';
import { PrintOverlay } from '../print/PrintOverlay';

/** The paper form is an administrative document: Vietnamese whatever the screen's language. */
const FORM_TEXT = {
  title: 'PHIẾU ĐĂNG KÝ MÁY GỬI DỮ LIỆU',
  subtitle: 'Gửi cơ quan tiếp nhận dữ liệu cấp tỉnh',
  office: 'Tên cơ quan: {office}',
  unit: 'Đơn vị hành chính: {unit} (mã {code})',
  installation: 'Mã máy (mã cài đặt): {id}',
  keyId: 'Mã khóa ký: {keyId}',
  fingerprintTitle: 'Dấu vân tay khóa ký (đọc theo từng nhóm):',
  instruction:
    'Cán bộ cấp tỉnh gõ dấu vân tay in trên phiếu này khi đăng ký tệp đăng ký của đơn vị. Nếu dấu vân tay không khớp với tệp, không đăng ký và liên hệ lại đơn vị bằng điện thoại.',
  place: '............., ngày {date}',
  preparer: 'NGƯỜI LẬP PHIẾU',
  head: 'THỦ TRƯỞNG CƠ QUAN',
  footer: 'Phiếu đăng ký máy gửi dữ liệu',
} as const;

export const REGISTRATION_CSS = `${DECREE_CSS}
.dd-print-registration p { margin: 0 0 2mm; }
.dd-print-fingerprint { display: grid; grid-template-columns: repeat(4, auto); justify-content: center; gap: 3mm 8mm;
  font-family: 'Courier New', monospace; font-size: 22pt; font-weight: bold; border: 0.4mm solid #000; padding: 4mm; margin: 3mm 0 4mm; }
.dd-print-place { text-align: right; font-style: italic; margin-top: 6mm; }
`;

export interface RegistrationDetails {
  officeName: string;
  unitName: string;
  unitCode: string;
  installationId: string;
  keyId: string;
  fingerprint: string;
  /** ISO date of printing. */
  today: string;
}

export function RegistrationSheet({ details }: { details: RegistrationDetails }) {
  return (
    <div className="dd-print-doc">
      <PrintPage label={FORM_TEXT.footer} page={1} pages={1} footer={FORM_TEXT.footer} qr={details.fingerprint}>
        <NationalHeading agency={details.officeName} title={FORM_TEXT.title} subtitle={FORM_TEXT.subtitle} />
        <div className="dd-print-registration">
          <p>{fill(FORM_TEXT.office, { office: details.officeName })}</p>
          <p>{fill(FORM_TEXT.unit, { unit: details.unitName, code: details.unitCode })}</p>
          <p>{fill(FORM_TEXT.installation, { id: details.installationId })}</p>
          <p>{fill(FORM_TEXT.keyId, { keyId: details.keyId })}</p>
          <p>
            <b>{FORM_TEXT.fingerprintTitle}</b>
          </p>
          <div className="dd-print-fingerprint">
            {details.fingerprint.split(' ').map((group, i) => (
              <span key={i}>{group}</span>
            ))}
          </div>
          <p>
            <i>{FORM_TEXT.instruction}</i>
          </p>
          <p className="dd-print-place">{fill(FORM_TEXT.place, { date: paperDate(details.today) })}</p>
        </div>
        <Signatures roles={[FORM_TEXT.preparer, FORM_TEXT.head]} hint={DECREE_TEXT.signStampHint} />
      </PrintPage>
    </div>
  );
}

/** Print preview of the registration form (A4, Decree 30 layout). */
export function RegistrationPrint({ details, onClose }: { details: RegistrationDetails; onClose: () => void }) {
  const { t } = useT();
  return (
    <PrintOverlay title={t('packageScreens.registrationFormTitle')} css={REGISTRATION_CSS} onClose={onClose}>
      <RegistrationSheet details={details} />
    </PrintOverlay>
  );
}
