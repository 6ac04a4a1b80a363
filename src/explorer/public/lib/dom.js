// Small helpers shared by the page's modules: building elements (text always as text, never as
// HTML), calling the server's fixed endpoints, downloads, days and colours.

/** el('li', {className: 'x', onclick}, 'text', childNode, ...) */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style') Object.assign(node.style, value);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const $ = (id) => document.getElementById(id);

export async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === '') continue;
    query.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

export function short(text, max) {
  if (!text) return '';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function plural(n, word, many = `${word}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}

/** Saves a Blob under a file name (a blob: URL the page made itself; nothing leaves the machine). */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 <-> "YYYY-MM-DD". */
export const dayToIso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export function isoToDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS) : null;
}

/** A stable colour for a name the server gave none: a hue from the name's hash. */
export function colourFromName(name) {
  let h = 0;
  for (const c of String(name)) h = (h * 31 + c.codePointAt(0)) >>> 0;
  return `hsl(${h % 360}, 55%, 50%)`;
}

/** "AFFILIATED_WITH" -> "Affiliated with" */
export function typeName(type) {
  const words = String(type).toLowerCase().split('_');
  words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1);
  return words.join(' ');
}
