import type { z } from '../zod';

/** One backend method: the schemas of its input and output. */
export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}
