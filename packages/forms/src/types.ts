export type { Locale, LocalizedText } from '@motcua/errors';
