// A session's sign-in sheet as a PDF, through the shared print pipeline (CLI, tests, benchmark).
import { createElement } from 'react';
import { paginateSignIn, SIGN_IN_CSS } from '../../renderer/training/print/signInLayout';
import { SignInDocument } from '../../renderer/training/print/SignInDocument';
import type { SignInSheet } from '../api/schemas/training';
import { htmlToPdf } from '../print/pdf';
import { printPage } from '../print/printPage';

export async function signInToPdf(sheet: SignInSheet, chromiumPath: string): Promise<{ pdf: Buffer; pages: number }> {
  const pdf = await htmlToPdf(printPage(createElement(SignInDocument, { sheet }), SIGN_IN_CSS), chromiumPath);
  return { pdf, pages: paginateSignIn(sheet).length };
}
