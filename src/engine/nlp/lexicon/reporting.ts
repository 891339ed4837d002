/**
 * Lemmas of verbs that introduce speech or a claim. A clause governed by one of
 * them belongs to its subject (the speaker), not to the article, and a date
 * attached to one ("said on Tuesday") dates the statement, not the event.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'stress', 'note', 'write', 'claim', 'insist', 'warn',
  'explain', 'announce', 'declare', 'describe', 'quote', 'report', 'tweet', 'reply',
  'respond', 'comment', 'conclude', 'acknowledge', 'admit', 'argue', 'assert', 'confirm',
  'emphasise', 'emphasize', 'observe', 'remark', 'reiterate', 'suggest', 'urge', 'vow',
  'allege', 'maintain', 'recall', 'mention', 'told', 'said', 'deny', 'ask',
  'post', 'predict', 'estimate', 'believe', 'think', 'accuse', 'counter', 'retort',
]);

/** Speech verbs proper: these (unlike "believe") attach a quotation to a speaker. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'stress', 'note', 'write', 'claim', 'insist', 'warn',
  'explain', 'announce', 'declare', 'describe', 'quote', 'tweet', 'reply', 'respond',
  'comment', 'conclude', 'acknowledge', 'admit', 'argue', 'assert', 'confirm', 'emphasise',
  'emphasize', 'observe', 'remark', 'reiterate', 'suggest', 'urge', 'vow', 'allege',
  'maintain', 'recall', 'mention', 'told', 'said', 'ask', 'report', 'counter', 'retort',
]);

/**
 * Outlets and relays: "…,” TASS reported" names who carried the quote, not who
 * spoke, so a speaker found before the quote wins over one of these.
 */
export const RELAY_WORDS: ReadonlySet<string> = new Set([
  'agency', 'news', 'newspaper', 'outlet', 'media', 'reuters', 'afp', 'ap', 'tass', 'ria',
  'interfax', 'xinhua', 'bbc', 'cnn', 'television', 'tv', 'channel', 'radio', 'daily', 'times', 'post',
  'dpa', 'efe', 'ansa', 'pti', 'ani', 'upi', 'yonhap', 'kyodo', 'bloomberg', 'anadolu', 'bernama', 'antara', 'ukrinform',
  'unian', 'irna', 'wafa', 'nbc', 'cbs', 'npr', 'cnbc', 'msnbc',
]);

/**
 * Last words of outlets' names that are ordinary words elsewhere: "the
 * Associated Press reported" is a relay, "press secretary Jane Doe said" is not.
 */
export const RELAY_NAME_ENDINGS: ReadonlySet<string> = new Set(['press']);
