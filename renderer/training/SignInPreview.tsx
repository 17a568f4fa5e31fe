import { useEffect, useRef, useState } from 'react';
import type { SignInSheet } from '../../electron/api/schemas/training';
import { api } from '../api';
import { useT } from '../app/i18n';
import { useApiCall } from '../app/useApiCall';
import { PrintOverlay } from '../print/PrintOverlay';
import { paginateSignIn, SIGN_IN_CSS } from './print/signInLayout';
import { SignInDocument } from './print/SignInDocument';

/** Print preview of one session's sign-in sheet (danh sách ký nhận). */
export function SignInPreview({ courseId, sessionNo, onClose }: { courseId: string; sessionNo: number; onClose: () => void }) {
  const { t } = useT();
  const call = useApiCall();
  const [sheet, setSheet] = useState<SignInSheet | null>(null);
  // The parent's callback changes on every render; the sheet must not be fetched again for that.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    void call(api['training.signInSheet']({ courseId, sessionNo })).then((value) => {
      if (value) setSheet(value);
      else closeRef.current();
    });
  }, [call, courseId, sessionNo]);

  if (!sheet) return null;
  const summary = t('training.session.printSummary', { n: sheet.sessionNo, people: sheet.participants.length, pages: paginateSignIn(sheet).length });
  return (
    <PrintOverlay title={t('training.session.printPreview')} summary={summary} css={SIGN_IN_CSS} onClose={onClose}>
      <SignInDocument sheet={sheet} />
    </PrintOverlay>
  );
}
