/**
 * Rich text, as far as Juri relies on it: the links inside a cell's text.
 * As in Sheets (the Sheets API's textFormatRuns), a link lives in a run of a
 * text a user entered: a number, a boolean, a date or a formula has no
 * runs, and getRichTextValue gives null for them; writing a new value into
 * the cell (setValue, setValues, clearing its contents) erases its runs.
 */
import type { Recorder } from './calls';

export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export class FakeRichTextValue {
  constructor(
    private readonly rec: Recorder,
    readonly text: string,
    readonly links: readonly LinkRun[],
  ) {}

  getText(): string {
    this.rec.call('RichTextValue.getText');
    return this.text;
  }

  /** The link of the whole value (or of startOffset to endOffset); null when none or several differ. */
  getLinkUrl(startOffset?: number, endOffset?: number): string | null {
    this.rec.call('RichTextValue.getLinkUrl');
    const start = startOffset ?? 0;
    const end = endOffset ?? this.text.length;
    if (start < 0 || end > this.text.length || start > end) throw new Error('Invalid argument: offsets');
    const covering = this.links.filter((l) => l.start <= start && l.end >= end);
    const urls = new Set(covering.map((l) => l.url));
    return covering.length > 0 && urls.size === 1 && end > start ? [...urls][0] : null;
  }

  /** The longest pieces of the text with one link (or none) each. */
  getRuns(): FakeRichTextValue[] {
    this.rec.call('RichTextValue.getRuns');
    const cuts = new Set([0, this.text.length, ...this.links.flatMap((l) => [l.start, l.end])]);
    const points = [...cuts].sort((a, b) => a - b);
    const runs: FakeRichTextValue[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [start, end] = [points[i], points[i + 1]];
      const link = this.links.find((l) => l.start <= start && l.end >= end);
      runs.push(
        new FakeRichTextValue(
          this.rec,
          this.text.slice(start, end),
          link ? [{ start: 0, end: end - start, url: link.url }] : [],
        ),
      );
    }
    return runs;
  }

  copy(): FakeRichTextValueBuilder {
    this.rec.call('RichTextValue.copy');
    return new FakeRichTextValueBuilder(this.rec, this.text, [...this.links]);
  }
}

export class FakeRichTextValueBuilder {
  constructor(
    private readonly rec: Recorder,
    private text = '',
    private links: LinkRun[] = [],
  ) {}

  /** Sets the text and clears every style of the value, links included. */
  setText(text: string): FakeRichTextValueBuilder {
    this.rec.call('RichTextValueBuilder.setText');
    if (typeof text !== 'string') throw new Error('Invalid argument: text');
    this.text = text;
    this.links = [];
    return this;
  }

  /** setLinkUrl(url) links the whole text; setLinkUrl(start, end, url) a part of it; a null url removes it. */
  setLinkUrl(a: number | string | null, b?: number, c?: string | null): FakeRichTextValueBuilder {
    this.rec.call('RichTextValueBuilder.setLinkUrl');
    const [start, end, url] =
      typeof a === 'number' ? [a, b ?? a, c ?? null] : [0, this.text.length, a as string | null];
    if (start < 0 || end > this.text.length || start > end) throw new Error('Invalid argument: offsets');
    const kept: LinkRun[] = [];
    for (const l of this.links) {
      if (l.end <= start || l.start >= end) kept.push(l);
      else {
        if (l.start < start) kept.push({ ...l, end: start });
        if (l.end > end) kept.push({ ...l, start: end });
      }
    }
    if (url !== null && end > start) kept.push({ start, end, url });
    this.links = kept.sort((x, y) => x.start - y.start);
    return this;
  }

  build(): FakeRichTextValue {
    this.rec.call('RichTextValueBuilder.build');
    return new FakeRichTextValue(this.rec, this.text, [...this.links]);
  }
}
