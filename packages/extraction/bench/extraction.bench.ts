import nlp from 'compromise';
import { extract } from '../src/index';
import { benchArticles } from './articles';
import { wholeProcessRate } from './whole-process';

const ARTICLES = 60;
const ROUNDS = 5;
const PROCESS_ARTICLES = 600;

function rate(articles: string[], fn: (text: string) => unknown): number {
  const t0 = performance.now();
  for (const a of articles) fn(a);
  return articles.length / ((performance.now() - t0) / 1000);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * extract() against compromise's own places()/organizations()/money() on the same ~1,000-word articles,
 * and `wirelog entities` as a whole process (start-up, reading files and printing included).
 */
export default async function (): Promise<void> {
  const articles = benchArticles(ARTICLES);
  const words = articles.reduce((n, a) => n + a.split(/\s+/).length, 0) / articles.length;
  const ours = (t: string) => extract(t).mentions.length;
  const baseline = (t: string) => {
    const doc = nlp(t);
    return doc.places().length + doc.organizations().length + doc.money().length;
  };
  rate(articles.slice(0, 10), ours);
  rate(articles.slice(0, 5), baseline);
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    a.push(rate(articles, ours));
    b.push(rate(articles.slice(0, 15), baseline));
  }
  const mine = median(a);
  const theirs = median(b);
  const whole = wholeProcessRate(benchArticles(PROCESS_ARTICLES), 3);
  console.log(`${ARTICLES} articles of ~${Math.round(words)} words, median of ${ROUNDS} rounds, one core`);
  console.log('extractor                                          articles/s   ms/article');
  console.log(`wirelog extract(), in process                      ${mine.toFixed(0).padStart(10)}   ${(1000 / mine).toFixed(2).padStart(10)}`);
  console.log(`wirelog entities, whole process, ${PROCESS_ARTICLES} files       ${whole.rate.toFixed(0).padStart(10)}   ${(1000 / whole.rate).toFixed(2).padStart(10)}`);
  console.log(`compromise places()+organizations()+money()        ${theirs.toFixed(1).padStart(10)}   ${(1000 / theirs).toFixed(2).padStart(10)}`);
  console.log(`whole process: median of 3, ${whole.pinned ? 'pinned to one core' : 'not pinned (no taskset)'}, start-up ${whole.startupMs.toFixed(0)} ms (one file)`);
  console.log(`ratio ${(mine / theirs).toFixed(1)}x (targets: ≥300 articles/s whole process and ≥20x)`);
}
