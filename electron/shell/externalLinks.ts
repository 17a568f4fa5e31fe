/**
 * The only web pages the app opens, in the system browser: official sources of legal texts. Anything
 * else a page tries to open (window.open, target=_blank) is refused. Plain Node, tested directly.
 */
export const OFFICIAL_HOSTS: readonly string[] = [
  'thuvienphapluat.vn', // Thư viện pháp luật: full texts of laws, decrees and circulars
  'vanban.chinhphu.vn', // Hệ thống văn bản của Chính phủ
  'congbao.chinhphu.vn', // Công báo (the Official Gazette)
  'vbpl.vn', // Cơ sở dữ liệu quốc gia về văn bản pháp luật (Ministry of Justice)
];

/** https, no user name or password, no port other than 443, and the host (or its www.) on the list. */
export function isOfficialLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  return OFFICIAL_HOSTS.includes(host);
}
