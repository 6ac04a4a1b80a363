// HTML -> plain text with one paragraph per block element. Page furniture (scripts, navigation,
// share bars, comment threads) is dropped with everything inside it; entities are decoded by the
// parser, so no markup can reach the article text.
import { Parser } from 'htmlparser2';
import { checkFileBudget } from './budget';
import { isoDatePrefix } from './dates';
import { withLinearStacks } from './html-stack';
import type { HtmlKnowledge } from './knowledge';

export interface ExtractedHtml {
  /** Paragraphs separated by blank lines; <br> gives a single line break. */
  text: string;
  /** From <h1>, else og:title, else <title> without the site name. */
  title: string | null;
  /** From article:published_time, datePublished, <time datetime=...>, ... */
  date: string | null;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);
const ARTICLE_TAGS = new Set(['article', 'main']);
const DATE_META_NAMES = new Set([
  'article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date',
]);
const TITLE_META_NAMES = new Set(['og:title', 'twitter:title']);
/** "Headline | Site", "Headline - Site", "Site — Headline". */
const TITLE_SITE_SEPARATOR = /\s+[|–—-]\s+|\s+::\s+|\s+»\s+/;

interface OpenElement {
  name: string;
  dropped: boolean;
}

export function htmlToText(html: string, knowledge: HtmlKnowledge): ExtractedHtml {
  const page = new PageText(knowledge);
  const parser = withLinearStacks(new Parser(
    {
      onopentag: (name, attributes) => page.open(name.toLowerCase(), attributes),
      onclosetag: (name) => page.close(name.toLowerCase()),
      ontext: (text) => page.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  ));
  parser.write(html);
  parser.end();
  return page.result();
}

/** Collects the visible text of a page while the parser walks it. */
class PageText {
  private readonly stack: OpenElement[] = [];
  /** How many elements of each name the stack holds: "is a <title> open", "is this end tag stray" without a scan (issue 13). */
  private readonly openCounts = new Map<string, number>();
  private readonly paragraphs: string[] = [];
  private line = '';
  private articleDepth = 0;
  private preDepth = 0;
  private titleText = '';
  private h1Text: string | null = null;
  private h1Depth = 0;
  private metaTitle: string | null = null;
  private date: string | null = null;

  constructor(private readonly knowledge: HtmlKnowledge) {}

  open(name: string, attributes: Record<string, string>): void {
    checkFileBudget();
    const dropped = this.dropping() || this.isFurniture(name, attributes);
    this.push({ name, dropped });
    if (name === 'meta') this.readMeta(attributes);
    if (dropped) return;
    if (name === 'time' && this.date === null) this.date = isoDatePrefix(attributes.datetime ?? '');
    if (ARTICLE_TAGS.has(name)) this.articleDepth++;
    if (name === 'pre') this.preDepth++;
    if (name === 'h1' && this.h1Text === null) this.h1Depth++;
    if (name === 'br') this.line += '\n';
    else if (BLOCK_TAGS.has(name)) this.endParagraph();
  }

  close(name: string): void {
    if (!this.inside(name)) return; // a stray end tag
    // Pops up to the innermost element of that name: each element is popped once, so closing is
    // linear over the page however deep it nests.
    for (;;) {
      const element = this.pop();
      if (!element) return;
      if (!element.dropped) this.leave(element.name);
      if (element.name === name) return;
    }
  }

  private push(element: OpenElement): void {
    this.stack.push(element);
    this.openCounts.set(element.name, (this.openCounts.get(element.name) ?? 0) + 1);
  }

  private pop(): OpenElement | undefined {
    const element = this.stack.pop();
    if (element) this.openCounts.set(element.name, (this.openCounts.get(element.name) ?? 1) - 1);
    return element;
  }

  text(raw: string): void {
    checkFileBudget();
    if (this.inside('title')) {
      this.titleText += raw;
      return;
    }
    // <head> text is never body text; its <title> was read just above.
    if (this.dropping() || this.inside('head')) return;
    const text = this.preDepth > 0 ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
    this.line += text;
    if (this.h1Depth > 0) this.h1Text = `${this.h1Text ?? ''}${text}`;
  }

  result(): ExtractedHtml {
    this.endParagraph();
    return {
      text: this.paragraphs.join('\n\n'),
      title: this.bestTitle(),
      date: this.date,
    };
  }

  private leave(name: string): void {
    if (ARTICLE_TAGS.has(name)) this.articleDepth--;
    if (name === 'pre') this.preDepth--;
    if (name === 'h1' && this.h1Depth > 0) {
      this.h1Depth--;
      this.h1Text = collapseSpaces(this.h1Text ?? '') || null;
    }
    if (BLOCK_TAGS.has(name)) this.endParagraph();
  }

  private endParagraph(): void {
    const paragraph = this.line
      .split('\n')
      .map((l) => (this.preDepth > 0 ? l.trimEnd() : collapseSpaces(l)))
      .join('\n')
      .trim();
    if (paragraph) this.paragraphs.push(paragraph);
    this.line = '';
  }

  private dropping(): boolean {
    return this.stack.length > 0 && this.stack[this.stack.length - 1].dropped;
  }

  private inside(name: string): boolean {
    return (this.openCounts.get(name) ?? 0) > 0;
  }

  private isFurniture(name: string, attributes: Record<string, string>): boolean {
    const k = this.knowledge;
    if (k.dropTags.has(name)) return true;
    // A page's <header> is site navigation; an article's <header> holds its headline.
    if (k.dropOutsideArticleTags.has(name) && this.articleDepth === 0) return true;
    if (k.dropAriaHidden && (attributes['aria-hidden'] === 'true' || 'hidden' in attributes)) return true;
    if (k.dropRoles.has((attributes.role ?? '').toLowerCase())) return true;
    const tokens = `${attributes.class ?? ''} ${attributes.id ?? ''}`.toLowerCase().split(/\s+/);
    return tokens.some((t) => t !== '' && k.dropClassOrIdTokens.has(t));
  }

  private readMeta(attributes: Record<string, string>): void {
    const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
    const content = attributes.content ?? '';
    if (this.date === null && DATE_META_NAMES.has(key)) this.date = isoDatePrefix(content);
    if (this.metaTitle === null && TITLE_META_NAMES.has(key)) this.metaTitle = collapseSpaces(content) || null;
  }

  private bestTitle(): string | null {
    if (this.h1Text) return this.h1Text;
    if (this.metaTitle) return this.metaTitle;
    const title = collapseSpaces(this.titleText);
    if (!title) return null;
    // The headline is the longest part; the site name is the short one.
    return title.split(TITLE_SITE_SEPARATOR).reduce((a, b) => (b.length > a.length ? b : a));
  }
}

function collapseSpaces(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** True when text in a .txt file is really an HTML page or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)\b/i.test(head)) return true;
  if (/<(html|head|body)\b[^>]*>/i.test(head)) return true;
  // A fragment: several block tags in the first part of the text.
  const blockTags = head.match(/<\/?(p|div|br|h[1-6]|article|section|ul|li|table)\b[^>]*>/gi);
  return (blockTags?.length ?? 0) >= 3;
}
