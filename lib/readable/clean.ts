import { textOf, type El } from "./dom";

/** Elements that are never article body, whatever Readability scored them. */
const NEVER =
  "figure, figcaption, picture, img, video, audio, iframe, object, embed, button, form, input, select, textarea, nav, aside, footer, menu, dialog, [hidden], [aria-hidden='true']";
const FURNITURE_ATTR =
  /(^|[\s_-])(caption|credit|share|sharing|social|related|newsletter|subscribe|subscription|promo|advert|ad-|ads|sponsor|byline|author|bio|tags?|topics|breadcrumb|comments?|timestamp|dateline|toolbar|print|widget|popular|trending|recommend|read-?more|more-?(stories|news)|signup|sign-up|paywall|cookie|disclaimer|copyright|meta|inline-?link|embed|image|photo|gallery|video)([\s_-]|$)/i;
// "By Ana Ruiz and Tom Lee": names only, no digits or sentence punctuation ("By 2014, trade…" is a sentence).
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’ -]*(\s+(and|&)\s+\p{Lu}[\p{L}.'’ -]*)*$/iu;
const FURNITURE_TEXT =
  /^(photo:|photos?\s*(by|credit)|image:|credit:|©|\(c\)|copyright|all rights reserved|published|updated|posted|last (updated|modified)|read (more|next|also)|related:|more (from|on|news|stories)|see also|also read|on \S+\.(com|org|net)\b|follow (us|me|him|her)|share (this|on)|sign up|subscribe|advertisement|click here|tags?:|topics?:|filed under|this (article|story) (was|has been|is)|contact (us|the)|email:|twitter:|@\w+$|caption$|close$|image$)/i;
const SHARE_BAR =
  /^((whatsapp|facebook|twitter|pinterest|pint|linkedin|reddit|e-?mail|print|copy link|share|tweet|telegram|messenger|flipboard|baixar|download)\b[\s|·•,/]*){2,}$/i;
const EMAIL_OR_URL = /^(\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+|twitter\.com\/\S+)$/i;
const TERMINAL = /[.!?:;"”’)\]…。！？」』]$/;

/** Words, counting CJK characters in pairs since those scripts do not space words. */
function wordCount(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  return text.split(" ").filter(Boolean).length + Math.floor(cjk / 2);
}

function attrs(el: El): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("itemprop") ?? ""}`;
}

function linkShare(el: El): number {
  const total = textOf(el).length;
  if (!total) return 0;
  let linked = 0;
  const links = el.querySelectorAll("a");
  for (let i = 0; i < links.length; i++) linked += textOf(links[i]).length;
  return linked / total;
}

/** Holds a real share of the story: never removed on a class name or a tag alone. */
function holdsStory(el: El, total: number): boolean {
  const length = textOf(el).length;
  if (length > total * 0.25 && length > 200) return true;
  const paragraphs = el.querySelectorAll("p");
  let long = 0;
  for (let i = 0; i < paragraphs.length && long < 3; i++) if (wordCount(textOf(paragraphs[i])) > 12) long++;
  return long >= 3;
}

function removeAll(root: El, selector: string, when: (el: El) => boolean = () => true): void {
  const total = textOf(root).length;
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of found) if (el.parentNode && when(el) && !holdsStory(el, total)) el.remove();
}

/** Drops what Readability leaves in: captions, credits, link lists, bylines, prompts, share bars. */
export function cleanArticle(root: El): void {
  removeAll(root, NEVER);
  removeAll(
    root,
    "[class], [id], [itemprop]",
    (el) =>
      FURNITURE_ATTR.test(attrs(el)) && !/article-?body|story-?body|post-?content|entry-?content/i.test(attrs(el)),
  );
  // Lists of links (related stories, tags, navigation) and link-only paragraphs.
  removeAll(root, "ul, ol, dl", (el) => linkShare(el) > 0.5);
  removeAll(root, "p, div, li, span, section", (el) => linkShare(el) > 0.8 && wordCount(textOf(el)) < 30);
  removeAll(root, "p, li, div, span, h1, h2, h3, h4, h5, h6, blockquote", (el) => {
    const text = textOf(el);
    if (!text) return el.children.length === 0;
    if ((FURNITURE_TEXT.test(text) || BYLINE.test(text)) && wordCount(text) < 25) return true;
    if (EMAIL_OR_URL.test(text) || SHARE_BAR.test(text)) return true;
    // A very short line that does not end like a sentence and is not a heading: a label or a button.
    return (
      !/^H\d$/.test(el.tagName) && wordCount(text) <= 3 && !TERMINAL.test(text) && el.querySelectorAll("p").length === 0
    );
  });
}
