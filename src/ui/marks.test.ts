import { describe, expect, it } from 'vitest';
import { diffSegments, valueSegments } from './marks.ts';

const marked = (segments: { text: string; marked: boolean }[]): string[] => segments.filter((s) => s.marked).map((s) => s.text);

describe('marks', () => {
  const diff = [
    { op: 'same' as const, text: 'We can not' }, { op: 'removed' as const, text: 'say' }, { op: 'added' as const, text: 'state' },
    { op: 'same' as const, text: 'that there was anything' }, { op: 'removed' as const, text: 'very' }, { op: 'added' as const, text: 'too' },
    { op: 'same' as const, text: 'promising' },
  ];

  it('marks the words only each side has, and keeps the sentence intact', () => {
    const a = '“We cannot say that there was anything very promising or any breakthroughs,” Peskov said.';
    const b = '“We cannot state that there was anything too promising,” he told reporters.';
    expect(marked(diffSegments(a, diff, 'a'))).toEqual(['say', 'very']);
    expect(marked(diffSegments(b, diff, 'b'))).toEqual(['state', 'too']);
    expect(diffSegments(a, diff, 'a').map((s) => s.text).join('')).toBe(a);
  });

  it('marks a value, or the words of it the sentence has', () => {
    expect(marked(valueSegments('Crimea, annexed by Moscow in 2014, remains...', '2014'))).toEqual(['2014']);
    expect(marked(valueSegments('Talks in Istanbul a day earlier.', 'Tuesday (a day earlier)'))).toEqual(['a day earlier']);
    expect(marked(valueSegments('Nothing here.', '52%'))).toEqual([]);
    expect(marked(valueSegments('Moscow considered it “positive” here.', 'considered it "positive"'))).toEqual(['considered it “positive”']);
  });
});
