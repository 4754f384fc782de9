/** The catalogue a new case uses unless another is chosen. */
export const DEFAULT_CATALOGUE_ID = 'audit-familiengerechte-kommune';
