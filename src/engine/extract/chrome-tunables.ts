// What counts as page chrome before Readability runs, in the spirit of
// Readability.js's REGEXPS: named, each with the reason it exists. Readability's
// own "unlikely candidates" test is skipped whenever a class also says
// "article" or "content" ("article-related", "content-share"), and it keeps
// whole <aside> teaser lists when they sit inside the article container; news
// pages do both all the time, hence this pass.

export const CHROME_TUNABLES = Object.freeze({
  /** Elements that never hold the story's prose. figure: images, embeds and their captions and credits. */
  tags: [
    'nav', 'footer', 'aside', 'form', 'button', 'dialog', 'iframe', 'video', 'audio', 'object', 'embed', 'figure',
    'figcaption', 'template', 'noscript', 'svg', 'select', 'input', 'textarea', 'menu', 'script', 'style', 'link',
  ],
  /** A site header is chrome; the article's own <header> holds title and dateline and stays. */
  outsideArticleOnly: ['header'],
  /** ARIA landmarks for chrome: site header, menus, sidebars, dialogs (cookie and paywall overlays). */
  roles: /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog|menu|menubar|toolbar|tablist)$/u,
  /**
   * Single tokens of class/id/aria-label/data-* that mark chrome. Tokens, not
   * substrings: "ad" must not match "header" or "download", "share" not "shareholders".
   */
  tokens: new RegExp(
    '^(?:' +
      [
        'related', 'recommend(?:ed|ations?)?', 'teasers?', 'featured', 'promos?', 'promoted', 'newsletters?', 'subscribe',
        'subscription', 'signup', 'cookies?', 'consent', 'gdpr', 'cmp', 'share', 'sharing', 'sharebar', 'sharetools', 'social',
        'socials', 'comments?', 'commenting', 'disqus', 'ads?', 'advert\\w*', 'adslot', 'adunit', 'adsbygoogle', 'dfp',
        'sponsor\\w*', 'paywall', 'outbrain', 'taboola', 'breadcrumbs?', 'popular', 'trending', 'mostread', 'morestories',
        'tags?', 'taglist', 'toolbar', 'widget', 'modal', 'popup', 'overlay', 'sidebar', 'rail', 'video', 'player',
        'jwplayer', 'brightcove', 'caption', 'credits?', 'copyright', 'bio', 'nav', 'navbar', 'navigation', 'menu', 'footer',
        'masthead', 'banner', 'print', 'skip', 'sronly', 'visuallyhidden',
      ].join('|') +
      ')$',
    'u',
  ),
  /** Multi-word names, matched on the tokens joined by "-". */
  phrases: /(?:^|-)(?:more-(?:stories|news|articles|from|on|like-this)|other-(?:[a-z0-9]+-)?(?:stories|news|articles|columns|posts|videos|reads)|most-(?:read|popular|viewed|shared)|read-(?:more|next|also)|also-read|you-(?:may|might)-(?:also-)?like|up-next|whats-next|around-the-web|in-case-you-missed|sign-up|sr-only|visually-hidden|screen-reader)(?:-|$)/u,
  /** data-* values longer than this are payloads (JSON, URLs), not names. */
  dataValueMaxChars: 48,
  /**
   * Never remove an element holding this share of the article container's
   * paragraph text: a wrapper like <div class="story social-enabled"> is the story.
   */
  protectedTextShare: 0.5,
});
