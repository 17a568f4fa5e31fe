import { isMessageKey, type MessageParams } from '../i18n/translate';
import type { MessageKey } from '../i18n/vi';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A database table as the clerk reads it ("Mẫu phiếu kiểm tra"), never its stored name; an unknown one as "other data". */
export function tableName(name: string, t: Translate): string {
  const key = `table.${name}`;
  return isMessageKey(key) ? t(key) : t('table.other');
}
