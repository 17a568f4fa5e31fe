import { describe, expect, it } from 'vitest';
import { identityKey, normalizeForSearch, vietnameseSortKey } from './text';

describe('normalizeForSearch', () => {
  it('finds "Nhà nghỉ" from "nha nghi" however it was typed or pasted', () => {
    const composed = 'Nhà nghỉ Hoàng Đức'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(normalizeForSearch(composed)).toBe('nha nghi hoang duc');
    expect(normalizeForSearch(decomposed)).toBe('nha nghi hoang duc');
    expect(normalizeForSearch('  NHÀ   NGHỈ\t')).toBe('nha nghi');
  });
});

describe('identityKey', () => {
  it('treats punctuation and spacing as the same business', () => {
    expect(identityKey('Karaoke "Ánh Dương"', 'Số 5, Trần Đăng Ninh')).toBe(
      identityKey('karaoke anh duong', 'so 5 tran dang ninh'),
    );
  });
});

describe('vietnameseSortKey', () => {
  it('orders like Intl.Collator("vi")', () => {
    const words = [
      'Ma', 'mà', 'mả', 'mã', 'má', 'mạ', 'ma', 'mă', 'mâ', 'mb', 'm a', 'm1', 'đa', 'da', 'dz', 'ea',
      'ô', 'ơ', 'o', 'ư', 'u', 'Nhà nghỉ', 'nha nghi', 'Nhà Nghỉ', 'nhà', 'Karaoke Ánh Dương',
      'Karaoke Âu Cơ', 'Karaoke An Bình', 'Khách sạn Đông Kinh', 'Khách sạn Dân Chủ', 'Ưng', 'Ủng', 'Zen',
    ];
    const collator = new Intl.Collator('vi');
    const byCollator = [...words].sort(collator.compare);
    const byKey = [...words].sort((a, b) => {
      const ka = vietnameseSortKey(a);
      const kb = vietnameseSortKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    expect(byKey).toEqual(byCollator);
  });
});
