/**
 * Words that carry no subject matter: they never count as evidence that two
 * claims are about the same thing. Short on purpose; POS does most of the work.
 */
export const LIGHT_WORDS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'get', 'make', 'take', 'give', 'go', 'come', 'put', 'set', 'hold', 'keep',
  'thing', 'way', 'time', 'day', 'week', 'month', 'year', 'part', 'lot', 'number', 'side', 'kind',
  'people', 'person', 'one', 'other', 'new', 'last', 'first', 'second', 'next', 'many', 'much',
  'more', 'most', 'such', 'own', 'same', 'also', 'still', 'just', 'even', 'only', 'later', 'earlier',
  'mr', 'mrs', 'ms', 'dr', 'percent', 'cent', 'per', 'according', 'including', 'follow', 'following',
  'overnight', 'tonight', 'morning', 'evening', 'night', 'afternoon',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'official', 'source', 'report', 'statement', 'spokesman', 'spokeswoman', 'spokesperson',
]);
