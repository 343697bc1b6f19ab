/** Types for render.js. */
import type { Random } from './prng.js';

export declare function renderAssessment(doc: Record<string, unknown>, random: Random): string;
