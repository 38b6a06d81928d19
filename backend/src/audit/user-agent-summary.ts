/** First match wins, so more specific tokens come before the ones they also contain. */
const BROWSERS: Array<[RegExp, string]> = [
  [/\bYaBrowser\//, 'Yandex Browser'],
  [/\b(?:Edg|EdgA|EdgiOS|Edge)\//, 'Edge'],
  [/\b(?:OPR|OPT|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\bCriOS\//, 'Chrome'],
  [/\bChromium\//, 'Chromium'],
  [/\bChrome\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: Array<[RegExp, string]> = [
  [/\bWindows (?:NT|Phone)\b/, 'Windows'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'], // before macOS: iOS agents say "like Mac OS X"
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

/**
 * A short, language-neutral summary of a user agent for the sign-in history: "Chrome, Windows",
 * "Safari, iOS", "Yandex Browser, Android". Unknown browsers fall back to the agent's first
 * product name ("curl"); `null` when there is nothing to show.
 */
export function summarizeUserAgent(userAgent: string | null | undefined): string | null {
  const ua = userAgent?.trim();
  if (!ua) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(ua))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1];
  if (browser || system) return [browser, system].filter(Boolean).join(', ');
  const product = /^([A-Za-z][\w.-]{0,39})\//.exec(ua)?.[1];
  return product && product !== 'Mozilla' ? product : null;
}
