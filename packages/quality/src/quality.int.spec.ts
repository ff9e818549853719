import { EventStore } from '@wirelog/event-store';
import { describeEachDatabase, type TestDatabase } from '@wirelog/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { correctionAgreement } from './correction-agreement';
import { labelledLine } from './labelled-line';
import { reviewQuality } from './quality-report';
import { eachReviewedArticle } from './reviewed-articles';
import { REVIEWED, seedReviews } from './review.fixture';

const score = (kind: string, tp: number, fp: number, fn: number, precision: number, recall: number) => ({ kind, tp, fp, fn, precision, recall });

describeEachDatabase('quality measured on reviewed articles', (open) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
    await seedReviews(new EventStore(db.database));
  });
  afterAll(() => db.close());

  it('scores each extractor version against the corrected mentions, and says which corrections it fixed', async () => {
    const report = await reviewQuality(db.database);
    expect(report).toMatchObject({ reviewedArticles: 2, corrections: 5 }); // the undone rejection is not counted
    const [v2, v1] = report.versions;
    // a's gold: georgia-power and nvidia (confirmed), IN (added); GE rejected. b's gold: amazon-web-services (relabelled)
    expect(v2).toMatchObject({ extractorVersion: 'v2', current: true, articles: 1, corrections: { agree: 3, apply: 0, orphaned: 1 } });
    expect(v2!.scores).toEqual(expect.arrayContaining([score('country', 1, 0, 0, 1, 1), score('org', 1, 0, 1, 1, 0.5)]));
    expect(v2!.errors).toEqual([{ id: REVIEWED.a, kind: 'org', extra: [], missing: ['georgia-power'] }]);
    // not the undone rejection of Georgia Power, which v2 no longer finds: the confirmation that undid it is orphaned
    expect(v2!.fixed).toEqual([
      { action: 'reject', kind: 'country', key: 'GE', start: 0, end: 7, articleId: REVIEWED.a, text: 'Georgia', since: 'v1' },
      { action: 'add', kind: 'country', key: 'IN', name: 'India', text: 'India', start: 35, end: 40, articleId: REVIEWED.a, since: 'v1' },
    ]);
    expect(v1).toMatchObject({ extractorVersion: 'v1', current: false, articles: 2, corrections: { agree: 2, apply: 3, orphaned: 0 }, fixed: [] });
    expect(v1!.scores).toEqual(expect.arrayContaining([score('country', 0, 1, 1, 0, 0), score('org', 2, 1, 1, 2 / 3, 2 / 3), score('money', 0, 0, 0, 1, 1)]));
    expect(v1!.errors).toEqual([
      { id: REVIEWED.a, kind: 'country', extra: ['GE'], missing: ['IN'] },
      { id: REVIEWED.b, kind: 'org', extra: ['aws'], missing: ['amazon-web-services'] },
    ]);
  });

  it("counts the corrections against each article's latest extraction", async () => {
    expect(await correctionAgreement(db.database, { all: true })).toEqual({ agree: 3, apply: 1, orphaned: 1 });
    expect(await correctionAgreement(db.database, { articleId: REVIEWED.b })).toEqual({ agree: 0, apply: 1, orphaned: 0 });
    expect(await correctionAgreement(db.database, { articleId: REVIEWED.c })).toEqual({ agree: 0, apply: 0, orphaned: 0 });
  });

  it('exports the reviewed articles as labelled lines, a page at a time', async () => {
    const lines = [];
    for await (const article of eachReviewedArticle(db.database, 1)) lines.push(labelledLine(article));
    expect(lines.map((l) => l.id)).toEqual([REVIEWED.a, REVIEWED.b]);
    expect(lines[0]).toMatchObject({
      text: 'Georgia Power buys Nvidia chips in India.',
      extractorVersion: 'v1',
      reviewers: ['ana'],
      expected: { country: ['IN'], org: ['georgia-power', 'nvidia'], money: [], hardware: [], place: [] },
      mentions: [
        { kind: 'org', key: 'georgia-power', name: 'Georgia Power', text: 'Georgia Power', start: 0, end: 13, source: 'extractor' },
        { kind: 'org', key: 'nvidia', name: 'NVIDIA', text: 'Nvidia', start: 19, end: 25, source: 'extractor' },
        { kind: 'country', key: 'IN', name: 'India', text: 'India', start: 35, end: 40, source: 'reviewer' },
      ],
    });
    expect(lines[1]!.mentions).toEqual([{ kind: 'org', key: 'amazon-web-services', name: 'Amazon Web Services', text: 'AWS', start: 0, end: 3, source: 'extractor' }]);
  });
});
