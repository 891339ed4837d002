import { describe, expect, it } from 'vitest';
import { cleanTitle, siteNames } from './title.ts';

const SITES = siteNames(['The Northern Herald'], 'northernherald.example');

describe('cleanTitle', () => {
  it('cuts the site name from either end', () => {
    expect(cleanTitle('Dock strike halts port | The Northern Herald', SITES)).toBe('Dock strike halts port');
    expect(cleanTitle('Northern Herald - Dock strike halts port', SITES)).toBe('Dock strike halts port');
    expect(cleanTitle('Dock strike halts port | Business | northernherald.example', SITES, true)).toBe('Dock strike halts port');
  });

  it('keeps a last part that does not name the site', () => {
    expect(cleanTitle('Talks stall - Ukraine', SITES)).toBe('Talks stall - Ukraine');
    expect(cleanTitle('Russia-Ukraine war: Moscow plays down hopes', SITES)).toBe('Russia-Ukraine war: Moscow plays down hopes');
  });

  it('cuts a date printed beside the headline and the site name', () => {
    expect(cleanTitle('Dock strike halts port | NH | 19.01.2020', [...SITES, 'NH'])).toBe('Dock strike halts port');
    expect(cleanTitle('Dock strike halts port - 07.12.2017 - THE NORTHERN HERALD', SITES)).toBe('Dock strike halts port');
  });

  it('in <title> text, also cuts a short generic part beside a long headline', () => {
    expect(cleanTitle('Valley Voice :: Flood-hit primary school reopens after six weeks', [], true)).toBe('Flood-hit primary school reopens after six weeks');
    expect(cleanTitle('Flood-hit primary school reopens after six weeks – Local news', [], true)).toBe('Flood-hit primary school reopens after six weeks');
  });
});

describe('siteNames', () => {
  it('adds the host and its main label', () => {
    expect(siteNames([null], 'www.bbc.co.uk')).toEqual(['www.bbc.co.uk', 'bbc']);
    expect(siteNames(['CNN'], 'edition.cnn.com')).toEqual(['CNN', 'edition.cnn.com', 'cnn']);
  });
});
