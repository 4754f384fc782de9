import type { Measurement } from './bench-table';
import { benchCaseCountGrowth } from './growth/case-count';
import { benchChangeLogGrowth } from './growth/change-log-size';
import { benchMeasureCountGrowth } from './growth/measure-count';
import { benchQuestionCountGrowth } from './growth/question-count';
import { benchPageSizeGrowth } from './growth/page-size';

/** How each backend operation's cost grows with its data: two sizes tenfold apart, side by side in one run. */
export async function benchGrowth(): Promise<Measurement[]> {
  return [...(await benchCaseCountGrowth()), ...(await benchQuestionCountGrowth()), ...(await benchMeasureCountGrowth()), ...(await benchChangeLogGrowth()), ...(await benchPageSizeGrowth())];
}
