import { dateRule } from './rules/date.ts';
import { negationRule } from './rules/negation.ts';
import { numberRule } from './rules/number.ts';
import { paraphraseRule } from './rules/paraphrase.ts';
import { quoteRule } from './rules/quote.ts';
import type { Rule } from './types.ts';
import { weekdayRule } from './rules/weekday.ts';
import { yearRule } from './rules/year.ts';

/**
 * Every conflict rule, explicitly. A rule file that is not listed here never
 * runs; registry.test.ts fails when that happens.
 */
export const RULES: readonly Rule[] = Object.freeze([yearRule, dateRule, weekdayRule, numberRule, negationRule, quoteRule, paraphraseRule]);
