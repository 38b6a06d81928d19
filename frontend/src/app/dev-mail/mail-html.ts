const STYLE_ELEMENTS = /<style\b[\s\S]*?<\/style\s*>/gi;
const STYLE_ATTRIBUTES = /\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * A mail's HTML body made fit for a `srcdoc` iframe on this page. Such a frame inherits the
 * page's Content-Security-Policy, which allows no inline styles, so the mail's `<style>`
 * elements and `style` attributes would only produce CSP violations: they are removed, as are
 * scripts, links and the `<head>` (its `<title>` would otherwise show as text). What is left
 * shows the mail's structure, text and links; Angular's sanitizer then checks it again.
 */
export function mailBodyForFrame(html: string): string {
  // Styles go before parsing: a parsed document inherits the page's CSP and would report them.
  const unstyled = html.replace(STYLE_ELEMENTS, '').replace(STYLE_ATTRIBUTES, '');
  const parsed = new DOMParser().parseFromString(unstyled, 'text/html');
  parsed.querySelectorAll('script, link, meta').forEach((element) => element.remove());
  parsed.querySelectorAll('img').forEach((image) => {
    // The page's CSP allows images only from this origin and data: URLs.
    if (!/^data:image\//.test(image.getAttribute('src') ?? '')) image.remove();
  });
  return parsed.body.innerHTML;
}
