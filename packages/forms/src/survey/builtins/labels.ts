/** Shared labels of the built-in surveys (internal). @module */
import type { LocalizedText } from '../../types';
import type { RatingScale } from '../types';

/**
 * The five-point satisfaction scale, from 1 (very dissatisfied) to 5 (very satisfied). These are
 * the usual Vietnamese wordings; the official rating levels of the per-dossier evaluation were
 * not found in a legal text, so they are a documented choice.
 */
export function satisfactionScale(): RatingScale {
  return {
    min: 1,
    max: 5,
    labels: [
      { vi: 'Rất không hài lòng', en: 'Very dissatisfied' },
      { vi: 'Không hài lòng', en: 'Dissatisfied' },
      { vi: 'Bình thường', en: 'Neutral' },
      { vi: 'Hài lòng', en: 'Satisfied' },
      { vi: 'Rất hài lòng', en: 'Very satisfied' },
    ],
  };
}

/** A localized text. */
export function t(vi: string, en: string): LocalizedText {
  return { vi, en };
}
