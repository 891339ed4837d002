import { describe, expect, it } from 'vitest';
import { isChromeLine } from './chrome-lines.ts';

describe('isChromeLine', () => {
  it.each([
    'This video is no longer available.',
    'Advertisement - Scroll to continue',
    'Continue reading the main story',
    'Skip to main content',
    'Loading...',
    'toggle caption',
    'Image source, Getty Images',
    'Media caption, Peskov speaking on Wednesday',
    'Photo: Jane Doe/Reuters',
    'Video - Peskov on the talks',
    'Source: AFP',
    'AFP Photo',
    'FILE PHOTO: Kremlin spokesman Dmitry Peskov attends a meeting in Moscow, Russia.',
    'Peskov speaks in Moscow, Russia March 29, 2022. Sputnik/Mikhail Klimentyev/Kremlin via REUTERS',
    'Reporting by Tom Balmforth; Editing by Alex Richardson',
    'Our Standards: The Thomson Reuters Trust Principles.',
    '(With inputs from Reuters)',
    '— AFP',
    'Reuters',
    'Tags: Russia, Ukraine, Kremlin',
    'You must be logged in to post a comment.',
    '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)',
    'Catch all the World News and Updates on our site. Download the News App to get Daily Market Updates.',
    'ALSO READ | Pentagon on why Russia is moving its troops',
    'Read more: Kremlin says no breakthrough',
    'Sign up for our morning briefing',
    'Get our weekly nature newsletter',
    'Story Code : 986527',
    '« Back to news Print this page',
    'Share this article',
    'This post originally appeared on Grist.',
    'This article first appeared in The Conversation.',
    'Biz & Tech —',
    'ANN LEE IS THE COURIER’S LOCAL GOVERNMENT EDITOR',
    'A new bill would require providers to keep call records for two years. Source: Supplied',
    '1:05 Your browser does not support the audio element. Russia',
    'The hall of the old church in Carrowmore is engulfed in flames along Quay Street on Tuesday, Aug. 8, 2023, in Carrowmore, Westland.',
    'Rescuers pull a survivor from the rubble in Velmar. pic.twitter.com/POliq0mBPt — Ana Ruiz (@anaruiz) February 6, 2023',
    'BREAKING: Officials confirm the mayor was on board, a local channel says — Velmar Watch (@velmarwatch) August 23, 2023',
    'https://news.example/20230206/quake-hits-valmora-1106997080.html',
    "/html/head/meta[@name='og:title']/@content /html/head/meta[@name='og:description']/@content",
    'IMAGE: The mayor takes part in a rally in Valmora, March 2, 2020, to mark the fifth anniversary of the harbour fire and to protest against plans to sell the quay. Photograph: Ines Calder/Reuters',
  ])('chrome: %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'Sources, who spoke on condition of anonymity, said the talks would resume.',
    'Video, posted online on Tuesday, shows the convoy leaving the city.',
    'Photographs taken by residents show damage to the bridge.',
    'The ministry said its new app would let citizens report damage.',
    'Residents read about the closure in the council newsletter, which few received.',
    'By Tuesday evening, the convoy had reached the outskirts of the city.',
    'NATO allies met in Brussels on Wednesday to discuss the request.',
    'Reuters could not independently verify the report.',
    'He said the decision was "related to security concerns", without elaborating.',
    'This report was published on Tuesday by the audit office, and it found that costs had doubled.',
    'The figures came from a single source: the ministry of finance.',
    'Officials said the talks would resume — but not this week.',
    'NATO IS A DEFENSIVE ALLIANCE, the minister told reporters.',
    'The fire started on Tuesday in Carrowmore and spread to the harbour by the next morning, officials said.',
    'Residents shared videos of the flood on Twitter, where the mayor (@velmarmayor) urged calm on Monday.',
    'The 24/7 hotline at www.valmora.example/help took 3,000 calls on Monday.',
    // Hostile text: a long run of markup symbols before a plain word (an exponential case for a naive pattern).
    `${'='.repeat(64)} word`,
  ])('prose: %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});
