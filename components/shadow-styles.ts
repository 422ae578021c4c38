const sheets = new Map<string, CSSStyleSheet | null>();

/**
 * Adds `css` to a shadow root: one constructed stylesheet per text, shared by every root that uses it, or a
 * <style> element where adoption is not allowed (Firefox content scripts cannot adopt across compartments).
 */
export function adoptStyles(root: ShadowRoot, css: string): void {
  let sheet = sheets.get(css);
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(css, sheet);
  }
  try {
    if (sheet) {
      const adopted = root.adoptedStyleSheets;
      if (adopted.length === 0) root.adoptedStyleSheets = [sheet];
      else if (!adopted.includes(sheet)) root.adoptedStyleSheets = [...adopted, sheet];
      return;
    }
  } catch {
    // fall through to a <style> element
  }
  const style = document.createElement("style");
  style.textContent = css;
  root.prepend(style);
}
