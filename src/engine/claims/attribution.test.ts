import { describe, expect, it } from 'vitest';
import { article } from './__fixtures__/article.ts';
import type { QuoteClaim } from './types.ts';

const quotes = (text: string): [string, string][] =>
  article('a', text).claims.filter((c): c is QuoteClaim => c.kind === 'quote').map((q) => [q.by, q.text]);
/** Who holds each figure of the text. */
const holders = (text: string): (string | undefined)[] => article('a', text).claims.filter((c) => c.kind === 'number').map((c) => c.by);

describe('quote attribution', () => {
  it('reads "X said", "said X", "X told reporters" and "according to X"', () => {
    expect(quotes('“The grain corridor is working again,” Recep Tayyip Erdogan said.')).toEqual([['^erdogan', 'The grain corridor is working again']]);
    expect(quotes('“The grain corridor is working again,” said Recep Tayyip Erdogan, the Turkish president.')).toEqual([['^erdogan', 'The grain corridor is working again']]);
    expect(quotes('“The grain corridor is working again,” Turkish President Recep Tayyip Erdogan told reporters in Ankara.')).toEqual([['^erdogan', 'The grain corridor is working again']]);
    expect(quotes('The corridor is “working again and ships are moving”, according to Recep Tayyip Erdogan.')).toEqual([['^erdogan', 'working again and ships are moving']]);
  });

  it('resolves "he said" and "the spokesman added" to the last named speaker', () => {
    const text = [
      'Kremlin spokesman Dmitry Peskov spoke to reporters in Moscow on Wednesday.',
      '“There is a lot of work to be done,” he said.',
      '“We carefully avoid making statements on these matters,” the spokesman added.',
    ].join('\n\n');
    expect(quotes(text).map(([by]) => by)).toEqual(['^peskov', '^peskov']);
  });

  it('takes a speaker named before the quote ("X said that “…”") and partial quotes', () => {
    expect(quotes('Vladimir Medinsky said in a video on Telegram that “Ukraine expressed readiness to fulfil demands”.'))
      .toEqual([['^medinsky', 'Ukraine expressed readiness to fulfil demands']]);
    expect(quotes('Kremlin spokesman Dmitry Peskov said Russia had “not noticed anything too promising” in Istanbul.'))
      .toEqual([['^peskov', 'not noticed anything too promising']]);
  });

  it('gives an unattributed quote the speaker of the quote before it (same paragraph, then next paragraph)', () => {
    const text = [
      '“The issues of Crimea will be settled after Ukraine restores its sovereignty,” Oleg Nikolenko wrote. “During the talks, the delegation presented its proposals.”',
      '“We will not trade territory for peace under any circumstances.”',
    ].join('\n\n');
    expect(quotes(text).map(([by]) => by)).toEqual(['^nikolenko', '^nikolenko', '^nikolenko']);
  });

  it('prefers the speaker before the quote to a news agency after it', () => {
    const text = 'Sergei Lavrov met his counterpart. He told his Iranian counterpart that Russia will be “arranging practical steps to go round sanctions,” TASS state news agency reported.';
    expect(quotes(text)).toEqual([['^lavrov', 'arranging practical steps to go round sanctions']]);
  });

  it('reads "X quotes Y" and "reported Y as saying" as Y speaking', () => {
    expect(quotes('“Compromise on these issues is impossible,” BNR quotes Volodymyr Zelensky.')).toEqual([['^zelensky', 'Compromise on these issues is impossible']]);
  });

  it('reads a role with its organisation between commas ("X, spokeswoman for the Y, said") as X speaking', () => {
    expect(quotes('Marta Kovalenko, spokeswoman for the Harbor Authority, said that “the port will reopen on Friday”.'))
      .toEqual([['^kovalenko', 'the port will reopen on Friday']]);
    expect(quotes('On Tuesday evening, Dale R. Whitcomb Jr., superintendent for Carver County Police, said that “divers will return at dawn”.'))
      .toEqual([['^whitcomb', 'divers will return at dawn']]);
  });

  it('reads a wire service that passes a report on as no speaker ("the Associated Press reported"), a press secretary as one', () => {
    expect(holders('Six road workers are presumed dead after the collapse, the Associated Press reported.')).toEqual([undefined]);
    expect(holders('Six road workers are presumed dead after the collapse, the Canadian Press reported.')).toEqual([undefined]);
    expect(holders('Six road workers are presumed dead after the collapse, Yonhap reported.')).toEqual([undefined]);
    expect(holders('Six road workers are presumed dead after the collapse, press secretary Ines Calder said.')).toEqual(['^calder']);
  });

  it('reads past a short form in brackets ("X (ABC) said"), and gives "and reported" the subject of the verb before it', () => {
    expect(quotes('Velmar’s Disaster Management Authority (VDMA) said the quake was “the strongest in a century”.'))
      .toEqual([['^authority', 'the strongest in a century']]);
    expect(holders('The Geological Survey located the epicentre near Corvane and reported its magnitude as 8.6.')).toEqual(['^survey']);
  });

  it('reads the speaker before a place it is in ("the Health Ministry in the Varna Strip says"), as before "of"', () => {
    expect(holders('The Health Ministry in the Varna Strip says at least 500 people have been killed in the blast.')).toEqual(['^ministry']);
    expect(holders('After the blast, officials in Tamsout said 40 people were killed.')).toEqual(['tamsout offici']);
    expect(holders('Commander Ines Calder of the Coast Guard said 40 people were rescued from the ship.')).toEqual(['^calder']);
  });

  it('does not attribute a quote with no speaker in sight', () => {
    expect(quotes('“Nobody should be fooled” by the move, the report concluded in its summary.')).toEqual([]);
    expect(quotes('The headline read “Peace is close at hand now”.')).toEqual([]);
  });

  it('treats spelling variants of a speaker as one speaker', () => {
    const text = '“We will win this war,” Volodymyr Zelenskyy said.\n\n“We will win it soon,” Zelensky added.';
    expect(quotes(text).map(([by]) => by)).toEqual(['^zelenskyy', '^zelenskyy']);
  });
});
