import { api } from '../api';
import { useT } from '../app/i18n';
import { PrintOverlay } from '../print/PrintOverlay';
import { usePrintData } from '../print/usePrintData';
import { paginateSignIn, SIGN_IN_CSS } from './print/signInLayout';
import { SignInDocument } from './print/SignInDocument';

/** Print preview of one session's sign-in sheet (danh sách ký nhận). */
export function SignInPreview({ courseId, sessionNo, onClose }: { courseId: string; sessionNo: number; onClose: () => void }) {
  const { t } = useT();
  const sheet = usePrintData(`${courseId}/${sessionNo}`, () => api['training.signInSheet']({ courseId, sessionNo }), onClose);

  if (!sheet) return null;
  const summary = t('training.session.printSummary', { n: sheet.sessionNo, people: sheet.participants.length, pages: paginateSignIn(sheet).length });
  return (
    <PrintOverlay title={t('training.session.printPreview')} summary={summary} css={SIGN_IN_CSS} onClose={onClose}>
      <SignInDocument sheet={sheet} />
    </PrintOverlay>
  );
}
