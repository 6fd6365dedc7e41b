/**
 * HTML to plain text, for text that other tools store as HTML (TimelineJS, vis-timeline).
 * A small tolerant tokenizer, not a DOM: it runs in node and in the browser, never executes or
 * loads anything, and takes time linear in the input. Tags are dropped, entities decoded,
 * `<br>` and block elements become line breaks, and the contents of `<script>`, `<style>` and
 * similar elements are dropped entirely. The result is only ever shown as text.
 */

/** What a conversion removed, so that the importer can say so (nothing is dropped silently). */
export interface HtmlText {
  text: string;
  /** Tags were present (formatting was removed). */
  hadMarkup: boolean;
  /** `<a>` links removed (their text is kept). */
  linksRemoved: number;
  /** Elements whose contents were dropped: script, style, iframe, … */
  codeRemoved: number;
  /** The text was cut at `maxLength`. */
  truncated: boolean;
}

export interface HtmlToTextOptions {
  /** Join lines with spaces (for titles). */
  singleLine?: boolean;
  /** Stop reading once this many characters of text are produced (a 20 MB string costs no more than the limit). */
  maxLength?: number;
}

/** Elements whose contents are code or embedded documents, never text to show. */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  "script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "head", "title", "textarea", "select", "xmp", "noembed", "noframes", "plaintext",
]);

/** Elements that start a new line. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption",
]);

/** Elements after which a blank line separates paragraphs. */
const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set(["p", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "table", "ul", "ol", "dl", "figure"]);

/** Convert HTML to plain text; never throws. See the module comment. */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlText {
  const maxLength = options.maxLength ?? Number.POSITIVE_INFINITY;
  const parts: string[] = [];
  let produced = 0;
  let hadMarkup = false;
  let linksRemoved = 0;
  let codeRemoved = 0;
  let truncated = false;
  const n = html.length;
  let i = 0;

  const pushText = (raw: string) => {
    if (raw === "") return;
    // eslint-disable-next-line no-control-regex
    const text = decodeEntities(raw).replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, "").replace(/[\t\n\f\r ]+/g, " ");
    parts.push(text);
    produced += text.length;
  };

  while (i < n) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? n : lt;
    // Read at most a little more text than can still be kept, so a 20 MB string costs no more than the limit.
    const budget = maxLength - produced + 16;
    if (textEnd - i > budget) {
      pushText(html.slice(i, i + budget));
      truncated = true;
      break;
    }
    pushText(html.slice(i, textEnd));
    if (lt === -1) break;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith("<!--", lt)) {
      hadMarkup = true;
      const close = html.indexOf("-->", lt + 4);
      i = close === -1 ? n : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      hadMarkup = true;
      const close = html.indexOf(">", lt + 2);
      i = close === -1 ? n : close + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // A "<" that starts no tag, e.g. "a < b": it is text.
      pushText("<");
      i = lt + 1;
      continue;
    }
    hadMarkup = true;
    let nameEnd = nameStart;
    while (nameEnd < n && !isTagNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const tagEnd = findTagEnd(html, nameEnd);
    i = tagEnd === -1 ? n : tagEnd + 1;
    if (closing) {
      if (BLOCK_ELEMENTS.has(name)) parts.push(PARAGRAPH_ELEMENTS.has(name) ? PARAGRAPH : BLOCK);
      else if (name === "td" || name === "th") parts.push(" ");
      continue;
    }
    if (DROPPED_ELEMENTS.has(name)) {
      codeRemoved++;
      const end = new RegExp(`</${name}[\\s/>]`, "gi");
      end.lastIndex = i;
      const match = end.exec(html);
      if (!match) {
        i = n;
        continue;
      }
      const after = findTagEnd(html, match.index + 2 + name.length);
      i = after === -1 ? n : after + 1;
      continue;
    }
    if (name === "br") parts.push(BREAK);
    else if (name === "li") parts.push(BLOCK, "• ");
    else if (name === "td" || name === "th" || name === "img") parts.push(" ");
    else if (BLOCK_ELEMENTS.has(name)) parts.push(PARAGRAPH_ELEMENTS.has(name) ? PARAGRAPH : BLOCK);
    if (name === "a") linksRemoved++;
  }

  let text = tidy(parts.join(""), options.singleLine === true);
  if (text.length > maxLength) {
    truncated = true;
    text = text.slice(0, maxLength);
  }
  return { text, hadMarkup, linksRemoved, codeRemoved, truncated };
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Whitespace, "/" or ">" end a tag name. */
const isTagNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62;

/**
 * The index of the ">" that ends a tag whose attributes start at `from`, or -1. Quotes count only
 * where an attribute value starts (after "="), as in the HTML tokenizer, so `<p title="a>b">` is
 * one tag and `<p class=it's>` does not swallow the rest of the text.
 */
function findTagEnd(html: string, from: number): number {
  const n = html.length;
  for (let i = from; i < n; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 61 /* = */) {
      let j = i + 1;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close === -1) return -1;
        i = close;
      } else i = j - 1;
    }
  }
  return -1;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

// Line-break markers, resolved by `tidy` (control characters never survive from the input):
// a <br> adds a line break; a block element needs at least one; a paragraph needs a blank line.
const BREAK = "\u0001";
const BLOCK = "\u0002";
const PARAGRAPH = "\u0003";
// eslint-disable-next-line no-control-regex
const BREAKS = /[ \u0001-\u0003]*[\u0001-\u0003][ \u0001-\u0003]*/g;

/** Collapse spaces, and turn each run of break markers into one or two line breaks. */
function tidy(text: string, singleLine: boolean): string {
  const joined = text.replace(BREAKS, (run) => {
    if (singleLine) return " ";
    const breaks = run.split(BREAK).length - 1;
    const least = run.includes(PARAGRAPH) ? 2 : run.includes(BLOCK) ? 1 : 0;
    return "\n".repeat(Math.min(2, Math.max(least, breaks)));
  });
  return joined
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .trim();
}

/** Named character references: the ones text in timelines uses (Latin-1, typography). Unknown ones stay as written. */
const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0",
    iexcl: "¡", cent: "¢", pound: "£", curren: "¤", yen: "¥", brvbar: "¦", sect: "§", uml: "¨", copy: "©", ordf: "ª",
    laquo: "«", not: "¬", shy: "\u00ad", reg: "®", macr: "¯", deg: "°", plusmn: "±", sup2: "²", sup3: "³", acute: "´",
    micro: "µ", para: "¶", middot: "·", cedil: "¸", sup1: "¹", ordm: "º", raquo: "»", frac14: "¼", frac12: "½", frac34: "¾",
    iquest: "¿", Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Auml: "Ä", Aring: "Å", AElig: "Æ", Ccedil: "Ç",
    Egrave: "È", Eacute: "É", Ecirc: "Ê", Euml: "Ë", Igrave: "Ì", Iacute: "Í", Icirc: "Î", Iuml: "Ï", ETH: "Ð",
    Ntilde: "Ñ", Ograve: "Ò", Oacute: "Ó", Ocirc: "Ô", Otilde: "Õ", Ouml: "Ö", times: "×", Oslash: "Ø", Ugrave: "Ù",
    Uacute: "Ú", Ucirc: "Û", Uuml: "Ü", Yacute: "Ý", THORN: "Þ", szlig: "ß", agrave: "à", aacute: "á", acirc: "â",
    atilde: "ã", auml: "ä", aring: "å", aelig: "æ", ccedil: "ç", egrave: "è", eacute: "é", ecirc: "ê", euml: "ë",
    igrave: "ì", iacute: "í", icirc: "î", iuml: "ï", eth: "ð", ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô",
    otilde: "õ", ouml: "ö", divide: "÷", oslash: "ø", ugrave: "ù", uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý",
    thorn: "þ", yuml: "ÿ", OElig: "Œ", oelig: "œ", Scaron: "Š", scaron: "š", Yuml: "Ÿ", fnof: "ƒ", circ: "ˆ", tilde: "˜",
    ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f",
    ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„", dagger: "†",
    Dagger: "‡", bull: "•", hellip: "…", permil: "‰", prime: "′", Prime: "″", lsaquo: "‹", rsaquo: "›", oline: "‾",
    euro: "€", trade: "™", larr: "←", rarr: "→", uarr: "↑", darr: "↓", harr: "↔", minus: "−", le: "≤", ge: "≥", ne: "≠",
    asymp: "≈", infin: "∞", hearts: "♥", check: "✓", star: "☆", starf: "★", Alpha: "Α", alpha: "α", beta: "β", gamma: "γ",
    delta: "δ", pi: "π", sigma: "σ", omega: "ω", mu: "μ",
  }),
);

/** The characters that numeric references 128–159 mean in practice (Windows-1252), as the HTML standard says. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** Entities that HTML reads even without the closing ";" (the common legacy ones). */
const LEGACY_WITHOUT_SEMICOLON: ReadonlySet<string> = new Set(["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"]);

const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

/** Decode character references; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (name !== undefined) {
      const char = NAMED_ENTITIES.get(name);
      if (char === undefined || (semi === "" && !LEGACY_WITHOUT_SEMICOLON.has(name))) return whole;
      return char;
    }
    const digits = dec ?? hex ?? "";
    const code = digits.length > 8 ? Number.NaN : Number.parseInt(digits, dec !== undefined ? 10 : 16);
    return String.fromCodePoint(safeCodePoint(code));
  });
}

function safeCodePoint(code: number): number {
  if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 0xfffd;
  return WINDOWS_1252[code] ?? code;
}

/** Plain text to HTML text: the five characters that mean something in HTML are escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}
